/**
 * The server of `npm run serve` (scripts/static-server.ts), against the fault corpus's hostile
 * requests (tests/fixtures/faults/server-requests.yaml): nothing outside the published site
 * whatever the encoding, GET and HEAD only, the headers and types a host sends; and, run as
 * `npm run serve` in a throw-away checkout, a soak that publishes again and again under load and
 * a burst of 1,000 connections under a lowered open-file limit. The server must never exit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanEnv } from '../../scripts/temp-project.ts';
import { serveDist } from '../../scripts/static-server.ts';
import { type Layout, layout, publish } from '../../src/pipeline/publish.ts';

const root = join(import.meta.dirname, '..', '..');
const corpus = parse(readFileSync(join(root, 'tests', 'fixtures', 'faults', 'server-requests.yaml'), 'utf8')) as {
  outside: string[];
  methods: string[];
};

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with the path sent exactly as written (fetch would normalise it first). */
function get(base: string, path: string, { method = 'GET', agent }: { method?: string; agent?: Agent | false } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A site of two variants: pages in both with different text and length, and one page of each alone. */
function siteFiles(variant: 'a' | 'b'): Record<string, string> {
  const n = variant === 'a' ? 1 : 3;
  return {
    'index.html': `<!doctype html><title>home</title><p>site ${variant}</p>`.repeat(n),
    '404.html': `<!doctype html><title>not found</title><p>404 of site ${variant}</p>`,
    'reports/r/index.html': `<p>report of site ${variant}</p>`.repeat(n * 50),
    'cite/r.bib': `@book{r, title = {衡阳 ${variant}}}\n`,
    'cite/r.ris': `TY  - RPRT\nTI  - 衡阳 ${variant}\nER  - \n`,
    'data/documents.csv': `slug,title\nr,衡阳 ${variant}\n`,
    'data/documents.json': `[{"slug":"r","site":"${variant}"}]`,
    '_astro/page.js': `console.log(${JSON.stringify(variant)});`,
    '_astro/page.css': `p{color:${variant === 'a' ? 'red' : 'blue'}}`,
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'pagefind/pagefind.wasm': '\0asm',
    // Big enough that a request is still streaming when the next publish removes its site.
    'big.txt': variant.repeat(n * 200_000),
    [`only-${variant}/index.html`]: `<p>only in site ${variant}</p>`,
  };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * A checkout as `npm run serve` sees it: its scripts, node_modules, and `dist` published as a build
 * does; with `secrets`, siblings of `dist` and of the site folder that must never be served (laid
 * after the publish, which would remove them: `dist.next` is its spare link, other site folders are pruned).
 */
function checkout({ secrets = false } = {}): { dir: string; l: Layout; publishVariant: (variant: 'a' | 'b') => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hy-serve-'));
  scratch.push(dir);
  cpSync(join(root, 'scripts'), join(dir, 'scripts'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const l = layout(dir);
  const publishVariant = (variant: 'a' | 'b') => {
    write(l.staging, siteFiles(variant));
    publish(l);
  };
  publishVariant('a');
  if (secrets)
    write(dir, {
      'dist-secret.txt': 'SECRET dist-secret',
      'dist_old/creds.txt': 'SECRET creds',
      'dist.next/page.txt': 'SECRET next',
      '.build/sites/other/secret.txt': 'SECRET other site',
    });
  return { dir, l, publishVariant };
}

/** `npm run serve` in `dir` on a free port, with `limit` open files if given; resolves once it prints its URL. */
function serve(dir: string, limit?: number): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const script = join(dir, 'scripts', 'serve.ts');
  const env = { ...cleanEnv(), PORT: '0' };
  const child = limit
    ? spawn('sh', ['-c', `ulimit -n ${limit} && exec "$0" "$@"`, process.execPath, script], { cwd: dir, env })
    : spawn(process.execPath, [script], { cwd: dir, env });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Serving dist\/ at (\S+) /.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm run serve exited (${code}) before serving:\n${output}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve()).kill('SIGTERM');
  });

describe('what the server answers', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const { dir } = checkout({ secrets: true });
    const served = await serveDist(join(dir, 'dist'));
    url = served.url;
    close = () => new Promise((resolve) => served.server.close(() => resolve()));
  });
  afterAll(() => close());

  it.each(corpus.outside)('serves nothing outside the published site: %s', async (path) => {
    const answer = await get(url, path);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toContain('SECRET');
  });

  it.each(corpus.methods)('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    const answer = await get(url, '/', { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.body).not.toContain('<p>site a');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const [head, page] = [await get(url, '/', { method: 'HEAD' }), await get(url, '/')];
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(page.headers['content-length']);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('sends nosniff and refuses framing on every answer, pages, files, errors and redirects alike', async () => {
    for (const [path, method, status] of [
      ['/', 'GET', 200],
      ['/cite/r.bib', 'GET', 200],
      ['/nowhere/', 'GET', 404],
      ['/reports/r', 'GET', 301],
      ['/..%2fdist-secret.txt', 'GET', 403],
      ['/', 'POST', 405],
    ] as const) {
      const answer = await get(url, path, { method });
      expect(answer.status, path).toBe(status);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
      expect(answer.headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
    }
  });

  it.each([
    ['/cite/r.bib', /^(text|application)\/x-bibtex; charset=utf-8$/],
    ['/cite/r.ris', /^application\/x-research-info-systems; charset=utf-8$/],
    ['/', /^text\/html; charset=utf-8$/],
    ['/data/documents.csv', /^text\/csv; charset=utf-8$/],
    ['/data/documents.json', /^application\/json; charset=utf-8$/],
    ['/_astro/page.js', /^text\/javascript; charset=utf-8$/],
    ['/_astro/page.css', /^text\/css; charset=utf-8$/],
    ['/favicon.svg', /^image\/svg\+xml$/],
    ['/pagefind/pagefind.wasm', /^application\/wasm$/],
  ])('serves %s as %s', async (path, type) => {
    const answer = await get(url, path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(type);
  });

  it("answers a missing page with the site's 404 page, and a folder without its slash with a redirect to it", async () => {
    const missing = await get(url, '/no/such/page/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('404 of site a');
    const folder = await get(url, '/reports/r?hl=x');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/reports/r/?hl=x');
    // Leading slashes collapse, so the redirect never names another host.
    expect((await get(url, '//reports/r')).headers.location).toBe('/reports/r/');
  });
});

describe('a base path', () => {
  it('serves the site under it, 404 elsewhere, and nothing outside it', async () => {
    const { dir } = checkout({ secrets: true });
    const { server, url } = await serveDist(join(dir, 'dist'), '/hy/');
    try {
      expect(url).toMatch(/\/hy\/$/);
      expect((await get(url, '/hy/')).body).toContain('site a');
      expect((await get(url, '/hy/reports/r/')).body).toContain('report of site a');
      const outside = await get(url, '/');
      expect(outside.status).toBe(404);
      expect(outside.body).toContain('404 of site a');
      expect((await get(url, '/hy/reports/r')).headers.location).toBe('/hy/reports/r/');
      for (const path of ['/hy/..%2f..%2fdist-secret.txt', '/hy/..%2fhy%2f..%2f..%2fdist-secret.txt', '/hy%2f..%2fdist-secret.txt']) {
        const answer = await get(url, path);
        expect(answer.status, path).toBeGreaterThanOrEqual(400);
        expect(answer.body, path).not.toContain('SECRET');
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('npm run serve outlives its publishes and its clients', () => {
  it('serves the new site from the request after a publish', async () => {
    const { dir, publishVariant } = checkout();
    const { child, url } = await serve(dir);
    try {
      expect((await get(url, '/')).body).toContain('site a');
      publishVariant('b');
      expect((await get(url, '/')).body).toContain('site b');
      expect((await get(url, '/only-a/')).status).toBe(404);
      expect((await get(url, '/only-b/')).status).toBe(200);
    } finally {
      await stop(child);
    }
  });

  it('soak: 100 publishes under 48 clients, no exit, no error on a page both sites have', async () => {
    const { dir, publishVariant } = checkout();
    const { child, url, output } = await serve(dir);
    let exits = 0;
    child.on('exit', () => exits++);
    const versions = { a: siteFiles('a'), b: siteFiles('b') };
    const shared = ['index.html', 'reports/r/index.html', 'cite/r.bib', 'big.txt', 'data/documents.csv'];
    const paths = [...shared.map((file) => `/${file.replace(/index\.html$/, '')}`), '/only-a/', '/only-b/', '/reports/r'];
    const errors: string[] = [];
    let answered = 0;
    let publishing = true;

    const publisher = (async () => {
      for (let i = 1; i <= 100 && exits === 0; i++) {
        publishVariant(i % 2 ? 'b' : 'a');
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      publishing = false;
    })();

    const agent = new Agent({ keepAlive: true, maxSockets: 48 });
    const client = async (n: number) => {
      for (let i = n; publishing && exits === 0; i++) {
        const path = paths[i % paths.length]!;
        const file = shared.find((f) => `/${f.replace(/index\.html$/, '')}` === path);
        try {
          const answer = await get(url, path, { agent });
          answered++;
          if (file) {
            if (answer.status !== 200) errors.push(`${path}: ${answer.status}`);
            else if (answer.body !== versions.a[file] && answer.body !== versions.b[file])
              errors.push(`${path}: a body of neither site (${answer.body.length} bytes)`);
          } else if (![200, 301, 404].includes(answer.status)) errors.push(`${path}: ${answer.status}`);
        } catch (error) {
          // A page only one site has may be cut by the publish that removes it; a shared page never.
          if (file) errors.push(`${path}: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all([publisher, ...Array.from({ length: 48 }, (_, n) => client(n))]);
    agent.destroy();
    try {
      expect(exits, output()).toBe(0);
      expect(errors.slice(0, 10), `${errors.length} errors in ${answered} answers`).toEqual([]);
      expect(answered).toBeGreaterThan(500);
    } finally {
      await stop(child);
    }
  });

  it('answers 503 rather than exiting when 1,000 connections meet an open-file limit of 512', async () => {
    const { dir } = checkout();
    const { child, url, output } = await serve(dir, 512);
    let exits = 0;
    child.on('exit', () => exits++);
    const statuses = new Map<number, number>();
    let dropped = 0;
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        get(url, i % 2 ? '/big.txt' : '/reports/r/', { agent: false }).then(
          (answer) => statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1),
          () => dropped++,
        ),
      ),
    );
    try {
      const summary = `${JSON.stringify(Object.fromEntries(statuses))}, ${dropped} dropped\n${output()}`;
      expect(exits, summary).toBe(0);
      expect(
        [...statuses.keys()].filter((status) => status !== 200 && status !== 503),
        summary,
      ).toEqual([]);
      expect(statuses.get(503) ?? 0, summary).toBeGreaterThan(0);
      // The burst over, it serves again.
      expect((await get(url, '/')).status).toBe(200);
    } finally {
      await stop(child);
    }
  });
});
