/**
 * The one test command: type-check, build the site, then run every test
 * (unit, fixture, fidelity and end-to-end in headless Chromium) with Vitest.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';

assertNodeVersion();
ensureChromium();

const bin = (name: string) => join(paths.root, 'node_modules', '.bin', name);
const run = (label: string, command: string, args: string[]) => {
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, { cwd: paths.root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('build', process.execPath, [join(paths.root, 'scripts', 'build.ts')]);
run('type-check', process.execPath, [bin('tsc'), '--noEmit', '-p', 'tsconfig.json']);
run('tests', process.execPath, [bin('vitest'), 'run', ...process.argv.slice(2)]);
