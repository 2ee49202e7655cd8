/**
 * Serves a published site (dist/) as a static host would: directory index, 404 page, base path.
 * Files go out through `send`, the file sender under Express's serve-static (ranges, conditional
 * requests, a path that climbs out of its root refused whatever its encoding). Around it, what a
 * host adds and a server that outlives its clients and its publishes needs:
 * - `dist` is resolved once per request, so each answer comes whole from one site; a file the next
 *   publish removed between that and its opening is looked for again in the new site;
 * - every error of the file system ends as an answer (503 when the process is out of descriptors),
 *   and a connection the system cannot accept is dropped, never the server;
 * - GET and HEAD only, `nosniff`, no framing, and types for the citation files.
 */
import compression from 'compression';
import { readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import send from 'send';

/** Types that mime-db lacks or gives without a charset; everything else is `send`'s (mime-types). */
const TYPES: Record<string, string> = {
  '.bib': 'text/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

/** On every answer: the browser takes the type as sent, and no other site shows these pages in a frame. */
const ALWAYS: OutgoingHttpHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
};

const ALLOW = 'GET, HEAD';

/** Descriptors exhausted (this process, or the whole system): the answer is "try again shortly". */
const OUT_OF_DESCRIPTORS = new Set(['EMFILE', 'ENFILE']);

/**
 * A publish removes the site it replaced: a file gone between resolving `dist` and opening it is
 * looked for again in the new site, as many times as `dist` changed meanwhile (bounded, in case
 * publishes come faster than a file is opened).
 */
const RETRIES_AFTER_PUBLISH = 10;

type HttpError = Error & { status?: number; code?: string; headers?: OutgoingHttpHeaders };

/** Drops whatever an earlier attempt had set, keeping the headers every answer carries. */
function resetHeaders(res: ServerResponse): void {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  for (const [name, value] of Object.entries(ALWAYS)) res.setHeader(name, value!);
}

/** A short answer in place of the file, or the connection closed if the file had begun. */
function reply(res: ServerResponse, status: number, body: string | Buffer, headers: OutgoingHttpHeaders = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  resetHeaders(res);
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(body);
}

function unavailable(res: ServerResponse): void {
  reply(res, 503, 'Service unavailable: too many open files or connections; try again in a moment.\n', { 'retry-after': '1' });
}

/** The site's 404 page, from the same site as the request. */
async function notFound(res: ServerResponse, site: string): Promise<void> {
  try {
    reply(res, 404, await readFile(join(site, '404.html')), { 'content-type': 'text/html; charset=utf-8' });
  } catch (error) {
    if (OUT_OF_DESCRIPTORS.has((error as HttpError).code ?? '')) unavailable(res);
    else reply(res, 404, 'Not found.\n');
  }
}

/** Where `dist` points now, or undefined while there is no published site. */
const currentSite = (root: string) => realpath(root).catch(() => undefined);

/** With `gzip`, text goes out gzip-encoded to clients that accept it, as on a real host (for `npm run bench`). */
export function serveDist(
  root: string,
  base = '/',
  { gzip = false, port = 0, log = (_line: string) => {} } = {},
): Promise<{ server: Server; url: string }> {
  const basePath = new URL(base, 'http://x').pathname;
  const compress = gzip ? compression({ level: 9, threshold: 0 }) : undefined;

  /** Sends `path` (still percent-encoded, as `send` wants it) from the site `dist` points to now. */
  async function sendFile(req: IncomingMessage, res: ServerResponse, url: URL, path: string, retries: number): Promise<void> {
    const site = await currentSite(root);
    if (!site) {
      unavailable(res);
      return;
    }
    resetHeaders(res);
    send(req, path, { root: site, index: ['index.html'] })
      .on('headers', (_res: ServerResponse, file: string) => {
        const type = TYPES[extname(file)];
        if (type) res.setHeader('content-type', type);
      })
      // A folder without its slash: redirect within the site (send's own redirect knows nothing of the base path).
      .on('directory', () => {
        const location = `/${url.pathname.replace(/^\/+/, '')}/${url.search}`;
        reply(res, 301, `Moved to ${location}\n`, { location });
      })
      .on('error', (error: HttpError) => {
        void answerError(req, res, url, path, retries, site, error).catch(() => reply(res, 500, 'Internal server error.\n'));
      })
      .pipe(res);
  }

  async function answerError(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    path: string,
    retries: number,
    site: string,
    error: HttpError,
  ): Promise<void> {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const status = error.status ?? 500;
    if (status === 404 && retries > 0 && (await currentSite(root)) !== site) return sendFile(req, res, url, path, retries - 1);
    if (status === 404) return notFound(res, site);
    if (OUT_OF_DESCRIPTORS.has(error.code ?? '')) return unavailable(res);
    reply(res, status, `${error.message}\n`, error.headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(res, 405, 'Method not allowed: this site answers GET and HEAD.\n', { allow: ALLOW });
      return;
    }
    let url: URL;
    try {
      // Prefixed rather than resolved against a base, so that `//name/…` stays a path and never becomes a host.
      const target = req.url ?? '/';
      url = new URL(target.startsWith('/') ? `http://x${target}` : target);
    } catch {
      reply(res, 400, 'Bad request.\n');
      return;
    }
    if (!url.pathname.startsWith(basePath)) {
      const site = await currentSite(root);
      if (site) await notFound(res, site);
      else unavailable(res);
      return;
    }
    await sendFile(req, res, url, url.pathname.slice(basePath.length - 1), RETRIES_AFTER_PUBLISH);
  }

  const server = createServer((req, res) => {
    const run = () => void handle(req, res).catch(() => reply(res, 500, 'Internal server error.\n'));
    if (compress) {
      // The bench's figures are gzip's, so a client that also takes Brotli is offered gzip only.
      req.headers['accept-encoding'] = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? 'gzip' : 'identity';
      // Typed for Express, it uses only what Node's request and response have.
      compress(req as never, res as never, run);
    } else run();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      // Out of descriptors, the system cannot accept a connection: libuv drops it and Node reports it here; the server goes on.
      let lastLogged = 0;
      server.on('error', (error: HttpError) => {
        if (Date.now() - lastLogged < 10_000) return;
        lastLogged = Date.now();
        log(
          OUT_OF_DESCRIPTORS.has(error.code ?? '')
            ? 'Too many connections at once for the open-file limit: some were dropped (the server goes on).'
            : `A connection failed: ${error.message} (the server goes on).`,
        );
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${basePath}` });
    });
  });
}
