/**
 * Preloaded (`node --import`) into every program the build starts, so that a
 * child never outlives the build: if the build is killed outright (SIGKILL,
 * an OOM kill) it cannot stop its children, so each child watches its parent
 * and stops itself as soon as it has been handed to another one. Node offers
 * no parent-death signal, hence the poll.
 */
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) process.kill(process.pid, 'SIGKILL');
}, 100).unref();

export {};
