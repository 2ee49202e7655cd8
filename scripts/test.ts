/**
 * The one test command: build the site, then the format check, lint and
 * type-check side by side, then every Vitest project (unit, site, browser,
 * a11y; see vitest.config.ts), and the time each step took. `--full` sweeps
 * axe over every page instead of the sample and prints the real-tool corpus in
 * every layout (npm run test:full); other arguments go to Vitest.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';

assertNodeVersion();
ensureChromium();

const args = process.argv.slice(2);
const full = args.includes('--full');
const vitestArgs = args.filter((a) => a !== '--full');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(full ? { HY_AXE_FULL: '1', HY_CORPUS_FULL: '1' } : {}) };
const bin = (name: string) => join(paths.root, 'node_modules', '.bin', name);
const timings: [string, number][] = [];
const started = performance.now();

function run(label: string, command: string, commandArgs: string[]): void {
  console.log(`\n== ${label}`);
  const start = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: paths.root, stdio: 'inherit', env });
  timings.push([label, performance.now() - start]);
  if (result.status !== 0) fail(label, result.status);
}

function fail(label: string, status: number | null): never {
  console.error(`\n${label} failed.`);
  printTimings();
  process.exit(status ?? 1);
}

/** Checks that only read the tree, side by side (each keeps about one core busy); each one's output is printed when it ends. */
async function together(steps: [label: string, command: string, args: string[]][]): Promise<void> {
  const results = await Promise.all(
    steps.map(
      ([label, command, commandArgs]) =>
        new Promise<{ label: string; status: number | null; output: string }>((resolve) => {
          const start = performance.now();
          const child = spawn(command, commandArgs, { cwd: paths.root, env });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('close', (status) => {
            timings.push([label, performance.now() - start]);
            resolve({ label, status, output });
          });
        }),
    ),
  );
  for (const { label, output } of results) console.log(`\n== ${label}\n${output.trimEnd()}`);
  const failed = results.find((r) => r.status !== 0);
  if (failed) fail(failed.label, failed.status);
}

function printTimings(): void {
  console.log('\nTime per step (format, lint and type-check run side by side):');
  for (const [label, ms] of timings) console.log(`  ${label.padEnd(12)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
  console.log(`  ${'total'.padEnd(12)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
}

const node = process.execPath;
run('build', node, [join(paths.root, 'scripts', 'build.ts')]);
// After the build: Astro writes the types of astro:content (.astro/types.d.ts) that type-aware lint rules and tsc need.
await together([
  ['format', node, [bin('prettier'), '--check', '--log-level', 'warn', '.']],
  ['lint', node, [bin('eslint'), '--max-warnings', '0', '.']],
  ['type-check', node, [bin('tsc'), '--noEmit', '-p', 'tsconfig.json']],
]);
run('tests', node, [bin('vitest'), 'run', ...vitestArgs]);
printTimings();
