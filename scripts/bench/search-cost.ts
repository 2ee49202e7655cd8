/**
 * The search section: Pagefind's index on disk, and what a first search
 * costs. Each query runs in a fresh browser context: the home page loads, then
 * the page imports the built /pagefind/pagefind.js, searches and loads the
 * first result's data, as a search box would. Time and bytes count from the
 * import on, so the home page's own load is not in them.
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
  /** From the import of pagefind.js to the first result's data. */
  ms: number;
  transfers: Transfer[];
}

export function indexSize(dist: string): { bytes: number; files: number } {
  return readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((acc, e) => ({ bytes: acc.bytes + statSync(join(e.parentPath, e.name)).size, files: acc.files + 1 }), { bytes: 0, files: 0 });
}

interface PagefindModule {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

export async function searchOnce(browser: Browser, siteUrl: string, query: string): Promise<SearchRun> {
  const cold = await coldPage(browser);
  try {
    await cold.page.goto(siteUrl, { waitUntil: 'networkidle' });
    const before = cold.transfers.length;
    const result = await cold.page.evaluate(
      async ({ module, query }) => {
        const start = performance.now();
        const pagefind = (await import(module)) as PagefindModule;
        await pagefind.init();
        const search = await pagefind.search(query);
        const first = await search.results[0]?.data();
        return { results: search.results.length, firstUrl: first?.url ?? '', ms: performance.now() - start };
      },
      { module: new URL('pagefind/pagefind.js', siteUrl).pathname, query },
    );
    await cold.settled();
    return { query, ...result, transfers: cold.transfers.slice(before) };
  } finally {
    await cold.close();
  }
}

export function searchTable(runs: SearchRun[]): string {
  return table(
    ['query', 'results', 'first result', 'time to first result', 'requests', 'transferred'],
    runs.map((r) => [r.query, String(r.results), r.firstUrl, `${Math.round(r.ms)} ms`, String(r.transfers.length), kb(totalBytes(r.transfers))]),
  );
}
