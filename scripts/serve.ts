/**
 * Serves the built site (dist/) locally and prints its URL. Our own static
 * server rather than `astro preview`: it reads each file through the `dist`
 * link at request time, so a build published while it runs is served whole
 * from the next request on, and it needs no Astro config (nor valid content).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';
import { serveDist } from './static-server.ts';

assertNodeVersion();
if (!existsSync(join(paths.dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const base = (process.env.HY_BASE ?? '/').replace(/\/?$/, '/');
const { url } = await serveDist(paths.dist, base, { port: Number(process.env.PORT ?? 4321) });
console.log(`Serving dist/ at ${url} (Ctrl-C stops).`);
