/**
 * Serves the built site (dist/) locally and prints its URL. Our own static
 * server (scripts/static-server.ts) rather than `astro preview`: it resolves
 * the `dist` link at each request, so a build published while it runs is
 * served whole from the next request on, and it needs no Astro config (nor
 * valid content).
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
const port = Number(process.env.PORT ?? 4321);
try {
  const { url } = await serveDist(paths.dist, base, { port, log: (line) => console.error(line) });
  console.log(`Serving dist/ at ${url} (Ctrl-C stops).`);
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop what serves there, or choose another with PORT=<port> npm run serve.`
      : `The server could not start: ${message}.`,
  );
  process.exit(1);
}
