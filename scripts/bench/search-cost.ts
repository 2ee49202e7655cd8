/**
 * The search section: Pagefind's index on disk, and what a first search
 * costs a reader. Each query is a cold load, in a fresh browser context, of
 * the search page with the query in its URL, as when a reader presses Enter
 * in the header box: time from navigation start to the first result on
 * screen, and every byte the page fetched on the way (the page, its script,
 * Pagefind's code and WebAssembly, index chunks, the query dictionary and the
 * results' fragments).
 *
 * Beside it, at 4× CPU slowdown (as Lighthouse's mobile preset), the same
 * query through Pagefind's own API on the same index: a bare page that
 * imports pagefind.js, searches the query's tokens once and shows the first
 * result's title. That is the least a Pagefind search can cost, so the search
 * page's extra work (dictionary, alternatives, ranking) shows as the
 * difference.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { indexText } from '../../src/search-index/tokens.ts';
import { type Recorder, type Transfer, coldPage, totalBytes } from './cold-load.ts';
import { kb, median, table } from './format.ts';

export const SEARCH_QUERIES = ['怀邵衡铁路', '脱贫', '4000亿'];

/** Lighthouse's mobile preset slows the CPU 4×; the side-by-side runs at the same rate. */
export const CPU_SLOWDOWN = 4;
/** Cold loads per query and side; the median is reported, so one slow moment on a shared machine does not decide. */
export const SIDE_BY_SIDE_RUNS = 3;

/** The bare Pagefind page, written into the bench's own built site (a temp project), never into dist/ of the tree. */
export const PAGEFIND_API_PAGE = 'bench-pagefind-api.html';
const PAGEFIND_API_HTML = `<!doctype html>
<html lang="zh-CN"><meta charset="utf-8"><title>Pagefind API</title>
<ol id="search-results"></ol>
<script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('./pagefind/pagefind.js');
const { results } = await pagefind.search(q);
const first = results[0] && (await results[0].data());
const li = document.createElement('li');
li.textContent = first ? first.meta.title : '';
document.getElementById('search-results').append(li);
</script>
</html>
`;

export function writePagefindApiPage(dist: string): void {
  writeFileSync(join(dist, PAGEFIND_API_PAGE), PAGEFIND_API_HTML);
}

export interface SearchRun {
  query: string;
  results: number;
  firstUrl: string;
  /** From navigation start to the first result painted. */
  ms: number;
  /** From navigation start to the first result put into the page. */
  insertedMs: number;
  transfers: Transfer[];
}

export function indexSize(dist: string): { bytes: number; files: number } {
  return readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((acc, e) => ({ bytes: acc.bytes + statSync(join(e.parentPath, e.name)).size, files: acc.files + 1 }), { bytes: 0, files: 0 });
}

/** Longest wait for a first result, so a broken page fails the bench instead of hanging it. */
const FIRST_RESULT_TIMEOUT_MS = 60_000;

/** When the first result was put into the page, and when it was painted (what a reader sees). */
export interface FirstResult {
  inserted: number;
  painted: number;
}

interface TimedPage extends Recorder {
  /** Navigates and resolves with the page's own times, from navigation start, of its first result. */
  firstResult(url: string): Promise<FirstResult>;
}

/**
 * A cold page that notes, in the page itself, when the first result appears,
 * and hands the time over through a binding the page calls. Nothing of
 * Playwright's runs in the page before that: navigation is awaited only to
 * its commit, and no selector is polled (Playwright's injected script, about
 * 400 ms to evaluate at 4× CPU, would otherwise run at the load event, which
 * comes before the first result on one page and after it on the other).
 * Asking afterwards would also add however long the main thread stays busy
 * (the search page goes on loading the rest of its results).
 */
async function timedColdPage(browser: Browser, slowdown: number): Promise<TimedPage> {
  const cold = await coldPage(browser);
  let shown!: (times: FirstResult) => void;
  const first = new Promise<FirstResult>((resolve) => (shown = resolve));
  await cold.page.exposeFunction('benchFirstResult', (times: FirstResult) => shown(times));
  // The paint is read from Element Timing: every element of the first result is marked before it is rendered, and
  // the earliest paint of any of them is when the reader sees it, whatever layout (first use of a CJK font) it took.
  await cold.page.addInitScript(() => {
    const report = (window as unknown as { benchFirstResult: (times: FirstResult) => void }).benchFirstResult;
    new MutationObserver((_, observer) => {
      const li = document.querySelector('#search-results li');
      if (!li) return;
      observer.disconnect();
      const inserted = performance.now();
      for (const el of [li, ...li.querySelectorAll('*')]) el.setAttribute('elementtiming', 'first-result');
      new PerformanceObserver((list, paints) => {
        const painted = Math.min(...list.getEntries().map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime));
        paints.disconnect();
        report({ inserted, painted });
      }).observe({ type: 'element', buffered: true });
    }).observe(document, { childList: true, subtree: true });
  });
  if (slowdown > 1) {
    const cdp = await cold.page.context().newCDPSession(cold.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  const firstResult = async (url: string): Promise<FirstResult> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no search result within ${FIRST_RESULT_TIMEOUT_MS / 1000} s: ${url}`)),
        FIRST_RESULT_TIMEOUT_MS,
      );
    });
    try {
      await cold.page.goto(url, { waitUntil: 'commit' });
      return await Promise.race([first, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  return { ...cold, firstResult };
}

export async function searchOnce(browser: Browser, siteUrl: string, query: string, slowdown = 1): Promise<SearchRun> {
  const cold = await timedColdPage(browser, slowdown);
  try {
    const { inserted, painted } = await cold.firstResult(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).toString());
    // The count is read once the search has finished and says how many it found.
    await cold.page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
      timeout: FIRST_RESULT_TIMEOUT_MS,
    });
    const result = await cold.page.evaluate(() => ({
      results: Number(/找到(\d+)条/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[1] ?? 0),
      firstUrl: ((u) => u.pathname + u.hash)(new URL(document.querySelector<HTMLAnchorElement>('#search-results li > a')!.href)),
    }));
    await cold.settled();
    return { query, ms: painted, insertedMs: inserted, ...result, transfers: cold.transfers };
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

/** Time to the first result through Pagefind's API alone (the bare page), cold, at the given CPU slowdown. */
async function pagefindApiOnce(browser: Browser, siteUrl: string, query: string, slowdown: number): Promise<FirstResult> {
  const cold = await timedColdPage(browser, slowdown);
  try {
    // The index holds our tokens (tokens.ts), so Pagefind is given the query as tokens: its cheapest search of it.
    return await cold.firstResult(new URL(`${PAGEFIND_API_PAGE}?q=${encodeURIComponent(indexText(query))}`, siteUrl).toString());
  } finally {
    await cold.close();
  }
}

export interface SideBySide {
  query: string;
  /** Medians of SIDE_BY_SIDE_RUNS cold loads, ms to the first result painted. */
  searchPageMs: number;
  pagefindApiMs: number;
  /** The same, to the first result put into the page (before its layout and paint). */
  searchPageInsertedMs: number;
  pagefindApiInsertedMs: number;
  firstUrl: string;
}

/** Each query through the search page and through Pagefind's API, alternating, at 4× CPU slowdown. */
export async function sideBySide(browser: Browser, siteUrl: string, queries: string[]): Promise<SideBySide[]> {
  const out: SideBySide[] = [];
  for (const query of queries) {
    const ours: FirstResult[] = [];
    const theirs: FirstResult[] = [];
    let firstUrl = '';
    // Alternating, so a change in the machine's load falls on both sides alike.
    for (let i = 0; i < SIDE_BY_SIDE_RUNS; i++) {
      const run = await searchOnce(browser, siteUrl, query, CPU_SLOWDOWN);
      ours.push({ inserted: run.insertedMs, painted: run.ms });
      firstUrl = run.firstUrl;
      theirs.push(await pagefindApiOnce(browser, siteUrl, query, CPU_SLOWDOWN));
    }
    out.push({
      query,
      searchPageMs: median(ours.map((t) => t.painted)),
      pagefindApiMs: median(theirs.map((t) => t.painted)),
      searchPageInsertedMs: median(ours.map((t) => t.inserted)),
      pagefindApiInsertedMs: median(theirs.map((t) => t.inserted)),
      firstUrl,
    });
  }
  return out;
}

export function sideBySideTable(rows: SideBySide[]): string {
  return table(
    ['query', 'search page', "Pagefind's API", 'ratio', 'in the page (ours / API)', 'search page first result'],
    rows.map((r) => [
      r.query,
      `${Math.round(r.searchPageMs)} ms`,
      `${Math.round(r.pagefindApiMs)} ms`,
      `${(r.searchPageMs / r.pagefindApiMs).toFixed(2)}×`,
      `${Math.round(r.searchPageInsertedMs)} / ${Math.round(r.pagefindApiInsertedMs)} ms (${(r.searchPageInsertedMs / r.pagefindApiInsertedMs).toFixed(2)}×)`,
      r.firstUrl,
    ]),
  );
}
