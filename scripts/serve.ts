/** Serves the built site (dist/) locally and prints its URL. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';

assertNodeVersion();
if (!existsSync(paths.dist)) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const port = process.env.PORT ?? '4321';
const child = spawn(process.execPath, [join(paths.root, 'node_modules', '.bin', 'astro'), 'preview', '--host', '127.0.0.1', '--port', port], {
  cwd: paths.root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
