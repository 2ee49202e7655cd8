/**
 * `npm run review`: the local review page for what the machine proposes
 * (figures for targets, registry names, glossary terms), on 127.0.0.1 only.
 * `-- --content DIR` reviews another content folder (the tests use a copy);
 * PORT chooses the port (default 4330).
 */
import { resolve } from 'node:path';
import { SourceError } from '../src/core/errors.ts';
import { reviewServer } from '../src/review/server.ts';
import { ReviewSession } from '../src/review/session.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';

assertNodeVersion();
const at = process.argv.indexOf('--content');
const content = at > 0 ? resolve(process.argv[at + 1]!) : paths.content;
const root = at > 0 ? resolve(content, '..') : paths.root;
const port = Number(process.env.PORT ?? 4330);
try {
  console.error('Reading the content and the proposals…');
  const session = new ReviewSession(content, root);
  session.items();
  const { url } = await reviewServer(session, port);
  console.log(`Review page at ${url} (Ctrl-C stops). Decisions are written to ${content}.`);
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  if (error instanceof SourceError) console.error(message);
  else if (code === 'EADDRINUSE') console.error(`Port ${port} is in use: choose another with PORT=<port> npm run review.`);
  else throw error;
  process.exit(1);
}
