/**
 * Runs scripts/build.ts in a project folder and measures it: wall time, the
 * stage timings the build writes to .build/timings.json (wall) and
 * .build/cpu.json (CPU), and peak memory.
 *
 * Peak memory is the largest sum of resident memory (RSS) over the build's
 * whole process tree (Node, Astro, the Pagefind binary), sampled from /proc
 * every 100 ms. /usr/bin/time -v would report only the largest single process,
 * and Astro and Pagefind run as children, so the sum is the honest figure; a
 * peak shorter than 100 ms can be missed. Linux only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }));
const CLOCK_TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const SAMPLE_MS = 100;

export const MEMORY_METHOD = `sum of RSS over the build's process tree, sampled from /proc every ${SAMPLE_MS} ms`;

export interface BuildRun {
  ok: boolean;
  timedOut: boolean;
  wallMs: number;
  peakRss: number;
  /** CPU time (user and system) of the build's whole process tree: on a shared machine, less moved by the load than wall time. */
  cpuMs: number;
  /** Stage name -> ms, from the project's .build/timings.json; empty when the build did not finish. */
  stages: Record<string, number>;
  /** Stage name -> CPU ms of the build's process and its ended children over the stage, from .build/cpu.json. */
  stagesCpu: Record<string, number>;
  output: string;
}

/** Resident memory of a process and all its descendants, summed. */
function treeRss(root: number): number {
  const stats: { pid: number; ppid: number; rss: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ');
      stats.push({ pid: Number(entry), ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE });
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = new Set([root]);
  // Parents usually have lower pids, but not after wrap-around, so repeat until nothing is added.
  for (let size = 0; size !== tree.size;) {
    size = tree.size;
    for (const s of stats) if (tree.has(s.ppid)) tree.add(s.pid);
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.rss, 0);
}

/**
 * CPU time of this process's children that have ended and been waited for,
 * with their own waited-for descendants (cutime and cstime of /proc/self/stat):
 * the difference over one build is its whole tree's, Astro and Pagefind included.
 */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return ((Number(fields[13]) + Number(fields[14])) / CLOCK_TICK) * 1000;
}

/** Builds the project in `dir`; a build still running after `timeoutMs` is stopped with its children. */
export function runBuild(dir: string, timeoutMs: number, env: Record<string, string> = {}): Promise<BuildRun> {
  const [start, cpuStart] = [performance.now(), childrenCpuMs()];
  // Its own process group, so the whole tree can be stopped at once.
  const child = spawn(process.execPath, [join(dir, 'scripts', 'build.ts')], {
    cwd: dir,
    detached: true,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const pid = child.pid!;
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(pid))), SAMPLE_MS);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-pid, 'SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const cpuMs = childrenCpuMs() - cpuStart;
      clearInterval(sampler);
      clearTimeout(timer);
      const ok = code === 0 && !timedOut;
      const read = (file: string) => (ok ? (JSON.parse(readFileSync(join(dir, '.build', file), 'utf8')) as Record<string, number>) : {});
      resolve({ ok, timedOut, wallMs, peakRss, cpuMs, stages: read('timings.json'), stagesCpu: read('cpu.json'), output });
    });
  });
}

/** Why a build failed, with the end of its output, for the console. */
export function describeFailure(label: string, run: BuildRun): string {
  return `${label} failed${run.timedOut ? ' (stopped at the time limit)' : ''}; its last output:\n${run.output.slice(-4000)}`;
}
