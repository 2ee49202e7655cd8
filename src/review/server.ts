/**
 * The review page's server: a maintainer's tool on 127.0.0.1, never part of
 * the published site. It answers only requests addressed to itself (the Host
 * header names this address, so a DNS name rebound to 127.0.0.1 gets nothing)
 * and takes decisions only as JSON POSTed from its own page (the Origin header
 * is this address: another site open in the browser cannot post a form or a
 * fetch here).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stripTypeScriptTypes } from 'node:module';
import { ReviewRefusal } from './item.ts';
import { page } from './page.ts';
import { reviewPage } from './paging.ts';
import type { Decision, ReviewSession } from './session.ts';

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; frame-ancestors 'none'; form-action 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
};
/** A decision is a few fields; anything larger is not one. */
const MAX_BODY = 64 * 1024;

function answer(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, 'content-type': `${type}; charset=utf-8`, ...extra }).end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) => answer(res, status, 'application/json', JSON.stringify(value));

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new ReviewRefusal('The request is too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The browser code, its types stripped by Node itself (no bundler for one file). */
const script = () => stripTypeScriptTypes(readFileSync(new URL('./client.ts', import.meta.url), 'utf8'));
const styles = () => readFileSync(new URL('./review.css', import.meta.url), 'utf8');

export function reviewServer(session: ReviewSession, port = 0): Promise<{ server: Server; url: string }> {
  let own = new Set<string>();
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (error instanceof ReviewRefusal) json(res, 422, { error: error.message });
      else {
        console.error(error);
        if (!res.headersSent) json(res, 500, { error: `The server failed: ${(error as Error).message}` });
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!own.has(req.headers.host ?? '')) return answer(res, 421, 'text/plain', 'This server answers only at its own address.');
    const { pathname: path, searchParams } = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST') {
      if (req.headers.origin !== `http://${req.headers.host}`)
        return answer(res, 403, 'text/plain', 'Decisions come only from the review page itself.');
      if (!/^application\/json\s*(;|$)/u.test(req.headers['content-type'] ?? '')) return answer(res, 415, 'text/plain', 'JSON only.');
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(await body(req)) as Record<string, unknown>;
      } catch (error) {
        if (error instanceof ReviewRefusal) throw error;
        return json(res, 400, { error: 'The request is not JSON.' });
      }
      const values = (typeof input.values === 'object' && input.values !== null ? input.values : {}) as Record<string, string>;
      if (path === '/api/outcome') return json(res, 200, { outcome: session.outcome(String(input.id), values) });
      if (path === '/api/decide') {
        const decision: Decision =
          input.action === 'reject'
            ? { id: String(input.id), action: 'reject', reason: typeof input.reason === 'string' ? input.reason : '' }
            : { id: String(input.id), action: 'accept', values };
        if (input.action !== 'accept' && input.action !== 'reject') return json(res, 400, { error: 'action is accept or reject.' });
        return json(res, 200, session.decide(decision));
      }
      return answer(res, 404, 'text/plain', 'Not found.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(res, 405, 'text/plain', 'GET, HEAD or POST only.', { allow: 'GET, HEAD, POST' });
    if (path === '/') return answer(res, 200, 'text/html', page(reviewPage(session.items(), session.kinds(), searchParams)));
    if (path === '/review.js') return answer(res, 200, 'text/javascript', script());
    if (path === '/review.css') return answer(res, 200, 'text/css', styles());
    if (path === '/favicon.ico') return answer(res, 204, 'text/plain', '');
    if (path === '/api/items')
      return json(res, 200, {
        ...reviewPage(session.items(), session.kinds(), searchParams),
        decided: session.decided,
        content: session.contentDir,
      });
    return answer(res, 404, 'text/plain', 'Not found.');
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      own = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`]);
      resolve({ server, url: `http://127.0.0.1:${bound}/` });
    });
  });
}
