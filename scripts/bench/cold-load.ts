/**
 * What a first visit costs on the network: a fresh browser context (empty
 * cache) per visit, every finished response recorded with its size on the
 * wire as Chromium reports it (Playwright's request.sizes(): encoded body and
 * headers), requests from Pagefind's web worker included.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM } from '../ensure-chromium.ts';
import { gz } from './format.ts';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}

export interface Transfer {
  url: string;
  /** Playwright resource type: document, stylesheet, script, font, fetch … */
  type: string;
  /** Bytes on the wire, headers included. */
  bytes: number;
}

export interface Recorder {
  page: Page;
  /** Responses finished so far, in order. */
  transfers: Transfer[];
  /** Waits until every request seen has finished or failed (10 s at most) and its size is known. */
  settled(): Promise<unknown>;
  /** Settles, then closes the context. */
  close(): Promise<void>;
}

/**
 * Size on the wire of one finished request. Chromium reports a body size of 0
 * for a worker's own script, so for an empty report the body is measured
 * instead, gzipped at level 9 when it came gzip-encoded, which is what the
 * bench server sends.
 */
async function wireSize(request: Request): Promise<number> {
  const response = await request.response();
  const { responseBodySize, responseHeadersSize } = await request.sizes();
  if (!response || responseBodySize > 0 || response.status() !== 200) return responseHeadersSize + responseBodySize;
  const body = await response.body();
  return responseHeadersSize + (response.headers()['content-encoding'] === 'gzip' ? gz(body) : body.length);
}

/** A new, empty context and page whose network traffic is recorded from the start. */
export async function coldPage(browser: Browser): Promise<Recorder> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  let open = 0;
  // Context-wide, so requests of workers started by the page count too.
  context.on('request', () => open++);
  context.on('requestfailed', () => open--);
  context.on('requestfinished', (request) => {
    open--;
    const transfer: Transfer = { url: request.url(), type: request.resourceType(), bytes: 0 };
    transfers.push(transfer);
    pending.push(wireSize(request).then((bytes) => void (transfer.bytes = bytes)));
  });
  // A response's "finished" event can reach us after the page's own promise (goto, a search) has resolved;
  // waiting until every request seen has finished or failed keeps the count from depending on that race.
  const settled = async () => {
    const deadline = performance.now() + 10_000;
    while (open > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return Promise.all(pending);
  };
  return {
    page,
    transfers,
    settled,
    close: async () => {
      await settled();
      await context.close();
    },
  };
}

export const totalBytes = (transfers: Transfer[]) => transfers.reduce((sum, t) => sum + t.bytes, 0);

export const isPagefind = (url: string) => /\/pagefind\//.test(new URL(url).pathname);
