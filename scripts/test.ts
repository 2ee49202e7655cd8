/**
 * The one test command: the format check, build the site, lint, type-check,
 * then every Vitest project (unit, site, browser, a11y; see vitest.config.ts),
 * and the time each step took. `--full` sweeps axe over every page instead of
 * the sample (npm run test:full); other arguments go to Vitest.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';

assertNodeVersion();
ensureChromium();

const args = process.argv.slice(2);
const full = args.includes('--full');
const vitestArgs = args.filter((a) => a !== '--full');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(full ? { HY_AXE_FULL: '1' } : {}) };
const bin = (name: string) => join(paths.root, 'node_modules', '.bin', name);
const timings: [string, number][] = [];

function run(label: string, command: string, commandArgs: string[]): void {
  console.log(`\n== ${label}`);
  const start = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: paths.root, stdio: 'inherit', env });
  timings.push([label, performance.now() - start]);
  if (result.status !== 0) {
    console.error(`\n${label} failed.`);
    printTimings();
    process.exit(result.status ?? 1);
  }
}

function printTimings(): void {
  const total = timings.reduce((n, [, ms]) => n + ms, 0);
  console.log('\nTime per step:');
  for (const [label, ms] of timings) console.log(`  ${label.padEnd(12)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
  console.log(`  ${'total'.padEnd(12)} ${(total / 1000).toFixed(1).padStart(7)} s`);
}

const node = process.execPath;
run('format', node, [bin('prettier'), '--check', '--log-level', 'warn', '.']);
run('build', node, [join(paths.root, 'scripts', 'build.ts')]);
// After the build: Astro writes the types of astro:content (.astro/types.d.ts) that type-aware lint rules need.
run('lint', node, [bin('eslint'), '--max-warnings', '0', '.']);
run('type-check', node, [bin('tsc'), '--noEmit', '-p', 'tsconfig.json']);
run('tests', node, [bin('vitest'), 'run', ...vitestArgs]);
printTimings();
