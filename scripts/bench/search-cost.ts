/**
 * The search section: Pagefind's index on disk, and what a first search
 * costs a reader. Each query is a cold load, in a fresh browser context, of
 * the search page with the query in its URL, as when a reader presses Enter
 * in the header box: time from navigation start to the first result on
 * screen, and every byte the page fetched on the way (the page, its script,
 * Pagefind's code and WebAssembly, index chunks, the query dictionary and the
 * results' fragments).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type Transfer, coldPage, totalBytes } from './cold-load.ts';
import { kb, table } from './format.ts';

export const SEARCH_QUERIES = ['怀邵衡铁路', '脱贫', '4000亿'];

export interface SearchRun {
  query: string;
  results: number;
  firstUrl: string;
  /** From navigation start to the first result shown. */
  ms: number;
  transfers: Transfer[];
}

export function indexSize(dist: string): { bytes: number; files: number } {
  return readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((acc, e) => ({ bytes: acc.bytes + statSync(join(e.parentPath, e.name)).size, files: acc.files + 1 }), { bytes: 0, files: 0 });
}

export async function searchOnce(browser: Browser, siteUrl: string, query: string): Promise<SearchRun> {
  const cold = await coldPage(browser);
  try {
    await cold.page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).toString());
    await cold.page.locator('#search-results li').first().waitFor({ timeout: 60_000 });
    const result = await cold.page.evaluate(() => ({
      ms: performance.now(),
      results: Number(/找到(\d+)条/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[1] ?? 0),
      firstUrl: new URL(document.querySelector<HTMLAnchorElement>('#search-results li > a')!.href).pathname,
    }));
    await cold.settled();
    return { query, ...result, transfers: cold.transfers };
  } finally {
    await cold.close();
  }
}

export function searchTable(runs: SearchRun[]): string {
  return table(
    ['query', 'results', 'first result', 'time to first result', 'requests', 'transferred'],
    runs.map((r) => [
      r.query,
      String(r.results),
      r.firstUrl,
      `${Math.round(r.ms)} ms`,
      String(r.transfers.length),
      kb(totalBytes(r.transfers)),
    ]),
  );
}
