/**
 * The whole build: the stages of src/pipeline/stages.ts in order, into
 * .build/staging, then an atomic publish (src/pipeline/publish.ts). Promises:
 * - dist is always a whole site, the old one or the new one, however the build
 *   ends (a failed stage, Ctrl-C, a kill of its process group or of this
 *   process alone): the only change to dist is one rename;
 * - one build at a time per checkout (src/pipeline/lock.ts), a stale lock of a
 *   killed build cleared;
 * - no child outlives the build (src/pipeline/child.ts);
 * - every failure is one sentence, `Build stopped: <stage>: <what>`, with the
 *   staging folder removed.
 * Stage timings go to .build/timings.json (wall) and .build/cpu.json (CPU) for
 * `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { printable } from '../src/core/errors.ts';
import { faultPoint } from '../src/core/faults.ts';
import { stopChildren } from '../src/pipeline/child.ts';
import { describeFailure } from '../src/pipeline/failure.ts';
import { type Lock, LockHeld, acquireLock, describeOwner } from '../src/pipeline/lock.ts';
import { layout, publish, recover } from '../src/pipeline/publish.ts';
import { type BuildContext, runStage, stages } from '../src/pipeline/stages.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';

assertNodeVersion();

const site = layout(paths.root);
const buildDir = join(paths.root, '.build');
const CLOCK_TICK = process.platform === 'linux' ? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) : 100;
const base = (process.env.HY_BASE ?? '/').replace(/\/?$/, '/');

let lock: Lock;
try {
  lock = acquireLock(buildDir);
} catch (error) {
  // Taking the lock is the build's first write: a read-only or full disk, or a file named .build, fails here.
  console.error(`Build stopped: ${error instanceof LockHeld ? error.message : `lock: ${describeFailure(error, paths.root)}`}`);
  if (process.env.HY_DEBUG && !(error instanceof LockHeld)) console.error(error);
  process.exit(1);
}

/**
 * CPU time so far of this process and of its children that have ended (Astro,
 * Pagefind), from /proc/self/stat: a stage's share on a shared machine, where
 * wall time moves with the others' load. Linux only; elsewhere this process's own.
 */
function cpuMs(): number {
  const own = process.cpuUsage();
  const ownMs = (own.user + own.system) / 1000;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return ownMs + ((Number(fields[13]) + Number(fields[14])) / CLOCK_TICK) * 1000;
  } catch {
    return ownMs;
  }
}

let current = 'start';
let settled = false;
/** Every way out of a build that did not publish: no child left, no staging folder, no lock. */
function abandon(): void {
  settled = true;
  stopChildren();
  rmSync(site.staging, { recursive: true, force: true });
  lock.release();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (settled) return;
    abandon();
    console.error(`Build stopped: ${current}: interrupted by ${signal}; dist/ is unchanged.`);
    process.exit(128 + constants.signals[signal]);
  });
}
// A stage whose promise can never settle (a helper program that died without a word) ends Node with nothing to do.
process.on('exit', (code) => {
  if (settled) return;
  abandon();
  console.error(`Build stopped: ${current}: the stage ended without finishing (exit code ${code}); dist/ is unchanged.`);
});

try {
  current = 'recover';
  for (const owner of lock.cleared) console.log(`  cleared the lock of a build that is no longer running (${describeOwner(owner)})`);
  for (const done of recover(site)) console.log(`  ${done}`);
  mkdirSync(site.staging, { recursive: true });
  const ctx: BuildContext = { root: paths.root, site: site.staging, base, log: (line) => console.log(printable(line)) };
  const timings: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  for (const stage of stages) {
    current = stage.name;
    faultPoint(`before-${stage.name}`);
    const [start, cpuStart] = [performance.now(), cpuMs()];
    await runStage(stage, ctx);
    const ms = Math.round(performance.now() - start);
    timings[stage.name] = ms;
    cpu[stage.name] = Math.round(cpuMs() - cpuStart);
    console.log(`✓ ${stage.name} (${(ms / 1000).toFixed(1)} s)`);
  }
  current = 'publish';
  publish(site, { beforeSwap: () => faultPoint('before-swap'), midSwap: () => faultPoint('mid-swap') });
  settled = true;
  writeFileSync(join(buildDir, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  writeFileSync(join(buildDir, 'cpu.json'), `${JSON.stringify(cpu, null, 2)}\n`);
  lock.release();
  const built = ctx.results?.length ?? 0;
  console.log(`Built ${built} ${built === 1 ? 'document' : 'documents'} into dist/.`);
  console.log('What is left for a person to review (terms, names, target figures, anchor registries): npm run curation');
} catch (error) {
  abandon();
  console.error(printable(`Build stopped: ${current}: ${describeFailure(error, paths.root)}`));
  if (process.env.HY_DEBUG) console.error(error);
  process.exit(1);
}
