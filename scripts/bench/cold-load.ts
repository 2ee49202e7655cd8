/**
 * What a first visit costs on the network: a fresh browser context (empty
 * cache) per visit, with every response's encoded size taken from the Chrome
 * DevTools Protocol (Network.loadingFinished.encodedDataLength: headers and
 * body as they came over the wire).
 */
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../ensure-chromium.ts';

/** As in tests/helpers/browser.ts: nothing that phones home on this closed network. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}

export interface Transfer {
  url: string;
  /** CDP resource type: Document, Stylesheet, Script, Font, Fetch … */
  type: string;
  /** Bytes on the wire, headers included. */
  bytes: number;
}

export interface Recorder {
  page: Page;
  /** Responses finished so far, in order. */
  transfers: Transfer[];
  close(): Promise<void>;
}

/** A new, empty context and page whose network traffic is recorded from the start. */
export async function coldPage(browser: Browser): Promise<Recorder> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map<string, { url: string; type: string }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' }));
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (request) transfers.push({ ...request, bytes: e.encodedDataLength });
  });
  await cdp.send('Network.enable');
  // No cache at all, so a visit never profits from an earlier one.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { page, transfers, close: () => context.close() };
}

export const totalBytes = (transfers: Transfer[]) => transfers.reduce((sum, t) => sum + t.bytes, 0);

export const isPagefind = (url: string) => /\/pagefind\//.test(new URL(url).pathname);
