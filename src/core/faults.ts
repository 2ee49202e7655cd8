/**
 * Fault injection for the fault corpus (tests/fixtures/faults/): the
 * environment variable HY_FAULT=<action>:<point> makes a build misbehave at a
 * named point, as a kill or a full disk would, so the tests can check what the
 * build leaves behind. Unset, every function here does nothing.
 *   pause:<point>   stop dead at the point (announced on stderr) until killed;
 *                   points: before-<stage>, before-swap, mid-swap
 *   enospc:<stage>  the stage's file writes fail as on a full disk, half-way;
 *                   enospc:lock fails the build's first write, its lock
 */
import { writeSync } from 'node:fs';

const [action, point] = (process.env.HY_FAULT ?? '').split(':');

/** Called at each named point of the build. */
export function faultPoint(name: string): void {
  if (action !== 'pause' || point !== name) return;
  const blocker = new Int32Array(new SharedArrayBuffer(4));
  // Straight to the descriptor, retried while the pipe is full: a write process.stderr queued would never leave a blocked process.
  for (;;) {
    try {
      writeSync(2, `HY_FAULT: paused at ${name} (pid ${process.pid})\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(blocker, 0, 0, 10);
    }
  }
  // Block the whole process, as a build caught at this instant would be; only a kill ends it.
  Atomics.wait(blocker, 0, 0);
}

/** For a stage that writes files: after `afterFiles` writes, throws what a full disk throws. */
export function diskFullAfter(stage: string, afterFiles: number): (path: string) => void {
  let written = 0;
  return (path) => {
    if (action !== 'enospc' || point !== stage) return;
    if (written++ < afterFiles) return;
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
      code: 'ENOSPC',
      errno: -28,
      syscall: 'write',
      path,
    });
  };
}
