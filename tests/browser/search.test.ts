/**
 * Search as readers use it, in headless Chromium on the built site: the query
 * fixture through the real search page (Pagefind in the browser), recall
 * printed; keyboard-only use from any page; landing on a paragraph with the
 * words highlighted; axe with results and filters shown.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeRun, preloadAxe } from '../helpers/axe.ts';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

const fixture = parse(readFileSync('tests/fixtures/search/queries.yaml', 'utf8')) as { query: string; kind: string; expect: string[] }[];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Waits for the answer to `query`: the page puts it in the address as it starts searching, and says when it has results. */
async function answered(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) =>
      new URL(location.href).searchParams.get('q') === q &&
      /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''),
    query.trim(),
  );
}

async function results(page: Page): Promise<string[]> {
  const origin = new URL(siteUrl()).pathname;
  return page.locator('#search-results li > a').evaluateAll(
    (links, base) =>
      links.map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return `${u.pathname.slice(base.length)}${u.hash}`;
      }),
    origin,
  );
}

/** The search page opened with the query in its address, as after Enter in the header box. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(siteUrl(`search/?q=${encodeURIComponent(query)}`));
  await answered(page, query);
  return results(page);
}

/** The next query typed into the open search page's box, as a reader searching again does. */
async function searchAgain(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await answered(page, query);
  return results(page);
}

describe('search quality on the query fixture', () => {
  it(`finds what readers expect in the top five for all ${fixture.length} queries`, { timeout: 300_000 }, async () => {
    expect(fixture.length).toBeGreaterThanOrEqual(40);
    const page = await browser.newPage();
    const misses: string[] = [];
    let found = 0;
    let wanted = 0;
    for (const [i, { query, expect: expected }] of fixture.entries()) {
      const top = (await (i === 0 ? search : searchAgain)(page, query)).slice(0, 5);
      for (const e of expected) {
        wanted += 1;
        if (top.some((url) => (e.includes('#') ? url === e : url.startsWith(e)))) found += 1;
        else misses.push(`${query}: ${e} not in top 5 [${top.join(', ')}]`);
      }
    }
    console.log(
      `search recall: ${found}/${wanted} expected results in the top 5 (${((found / wanted) * 100).toFixed(1)}%) over ${fixture.length} queries`,
    );
    expect(misses).toEqual([]);
    await page.close();
  });
});

describe('search by keyboard', () => {
  it('"/" focuses the header box from any page; Enter searches; arrows and Enter open a result that lands on the paragraph, words highlighted', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('glossary/'));
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('怀邵衡铁路建成通车');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    const target = page.locator('#search-results li > a[href*="city-report-2019"]');
    const position = await page
      .locator('#search-results li > a')
      .evaluateAll((links) => links.findIndex((a) => a.getAttribute('href')!.includes('city-report-2019')));
    expect(position).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
    await expect(target.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/city-report-2019\/\?hl=.*#s1-4-p1$/);
    await page.locator('mark.search-hit').first().waitFor();
    const marks = await page.locator('#s1-4-p1 mark.search-hit').allTextContents();
    // The paragraph names the railway by its longer alias, which the search also looked for.
    expect(marks).toEqual(expect.arrayContaining(['怀邵衡铁路衡阳段', '建成通车']));
    const inView = await page
      .locator('#s1-4-p1 mark.search-hit')
      .first()
      .evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    expect(inView).toBe(true);
    await page.close();
  });

  it('filters narrow the results by kind', async () => {
    const page = await browser.newPage();
    await search(page, '森林覆盖率');
    await page.getByRole('checkbox', { name: '目标' }).check();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#search-results li > a')].every((a) => a.getAttribute('href')!.includes('/targets/')),
    );
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('search accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing on the search page with results and filters shown (${colorScheme})`, async () => {
      const context = await browser.newContext({ colorScheme });
      await preloadAxe(context);
      const page = await context.newPage();
      await search(page, '放管服');
      await page.getByRole('checkbox', { name: '报告' }).check();
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
      expect(await axeRun(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('the search form', () => {
  for (const width of [390, 1280])
    it(`sets its hint below the box, not over it (${width} px)`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(siteUrl('search/'));
      const box = (await page.locator('.search-row').boundingBox())!;
      const hint = (await page.locator('#search-hint').boundingBox())!;
      expect(hint.y).toBeGreaterThanOrEqual(box.y + box.height);
      await context.close();
    });
});

describe('the search page without a query', () => {
  it('paints without waiting for Pagefind, which it needs only once the reader searches', async () => {
    const page = await browser.newPage();
    // Pagefind's script never arrives: the page must still paint its form.
    await page.route('**/pagefind/pagefind.js', () => {});
    await page.goto(siteUrl('search/'), { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 20_000 });
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('the paragraph that says it comes first', () => {
  it(
    'puts a report paragraph first for names, indicators and figures, with the pages about the name right after it',
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage();
      const cases: [string, string[]][] = [
        ['森林覆盖率', ['targets/forest-cover/', 'entities/forest-coverage/']],
        ['GDP', ['entities/gdp/']],
        ['大源渡二线船闸', ['entities/dayuandu-second-lock/']],
        ['4000亿', []],
      ];
      for (const [i, [query, about]] of cases.entries()) {
        const top = await (i === 0 ? search : searchAgain)(page, query);
        expect(top[0], query).toMatch(/^reports\//);
        // The pages about the name follow the paragraph, each marked as about this name.
        const labelled = await page
          .locator('#search-results li.result-about > a')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        // A name with several pages (a plan target, an earlier goal, its indicator) lists them all in that block.
        for (const path of about) {
          expect(top.slice(1, 1 + labelled.length), query).toContain(path);
          expect(
            labelled.some((p) => p.endsWith(path)),
            `${query}: ${path} labelled`,
          ).toBe(true);
        }
        if (about.length)
          await expect(page.locator('#search-results li.result-about').first().textContent()).resolves.toContain('关于这个名称');
      }
      await page.close();
    },
  );

  it('matches a number with its unit: 4000亿 finds 4000亿元 and never 4000美元', async () => {
    const page = await browser.newPage();
    const top = await search(page, '4000亿');
    expect(top).toContain('reports/five-year-plan-2016-2020/#s1-2-3-p2');
    const excerpts = await page.locator('#search-results .result-excerpt').allTextContents();
    expect(excerpts.some((t) => t.includes('4000美元'))).toBe(false);
    expect(await page.locator('#search-results mark').allTextContents()).toContain('4000亿');
    // The same figure in another unit is found by its own unit.
    await searchAgain(page, '4000美元');
    const other = await page.locator('#search-results .result-excerpt').allTextContents();
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((t) => !t.includes('4000亿'))).toBe(true);
    await page.close();
  });

  it('offers the registered name for a near miss, finds its paragraph and marks the name there', async () => {
    const page = await browser.newPage();
    const top = await search(page, '怀绍衡铁路');
    await expect(page.locator('#search-suggestion').textContent()).resolves.toContain('怀邵衡铁路');
    expect(top[0]).toMatch(/^reports\//);
    expect(await page.locator('#search-results li').first().locator('mark').allTextContents()).toContain('怀邵衡铁路');
    // The suggestion searches the name itself.
    await page.locator('#search-suggestion a').click();
    await answered(page, '怀邵衡铁路');
    await expect(page.locator('#search-suggestion').textContent()).resolves.toBe('');
    // A name typed right is never "corrected".
    await searchAgain(page, '怀邵衡铁路');
    await expect(page.locator('#search-suggestion').textContent()).resolves.toBe('');
    await page.close();
  });
});

describe('the first result costs what a bare Pagefind search does', () => {
  it("starts Pagefind's worker before Pagefind's script has arrived, and Pagefind searches in that one worker", async () => {
    const held = await browser.newPage();
    // Pagefind's script never arrives: the worker starts all the same, from the page's head.
    await held.route('**/pagefind/pagefind.js', () => {});
    const started = held.waitForEvent('worker', { timeout: 20_000 });
    await held.goto(siteUrl(`search/?q=${encodeURIComponent('脱贫')}`), { waitUntil: 'commit' });
    expect((await started).url()).toMatch(/\/pagefind\/pagefind-worker\.js$/);
    await held.close();
    const page = await browser.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    expect((await search(page, '脱贫')).length).toBeGreaterThan(0);
    expect(workers.filter((u) => u.endsWith('/pagefind/pagefind-worker.js'))).toHaveLength(1);
    await page.close();
  });

  it("sets no font up in the layout that shows the first result: the results' fonts were set up while Pagefind's worker searched", async () => {
    // Chromium sets a font (family, weight, size) up the first time it lays text out in it, asking the browser process;
    // done after the first result arrived, that cost more than the result's own layout at 4× CPU.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#search-results li')) return;
        observer.disconnect();
        performance.mark('first-result');
      }).observe(document, { childList: true, subtree: true });
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'fonts'] });
    await search(page, '怀邵衡铁路');
    type Event = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number };
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Event[] }).traceEvents;
    await context.close();
    const mark = events.find((e) => e.name === 'first-result')!;
    expect(mark).toBeDefined();
    const onMain = (e: Event) => e.pid === mark.pid && e.tid === mark.tid;
    const setUps = events.filter((e) => onMain(e) && e.name === 'FontCache::GetFontPlatformData');
    // The trace does see fonts set up: the page's own first layout sets up those of its form.
    expect(setUps.filter((e) => e.ts < mark.ts).length).toBeGreaterThan(0);
    const layout = events.filter((e) => onMain(e) && e.name === 'Layout' && e.ph === 'X' && e.ts > mark.ts).sort((a, b) => a.ts - b.ts)[0]!;
    expect(layout).toBeDefined();
    expect(setUps.filter((e) => e.ts >= layout.ts && e.ts <= layout.ts + layout.dur!)).toEqual([]);
  });

  it(
    "starts Pagefind's worker before the page's first paint, shows the paragraph before the other searches, and keeps it first",
    { timeout: 120_000 },
    async () => {
      for (const query of ['怀邵衡铁路', '脱贫', '4000亿']) {
        const page = await browser.newPage();
        // What the page asks Pagefind's worker, and what the list holds when its first result appears.
        await page.addInitScript(() => {
          const w = window as unknown as {
            searches: number;
            before: number;
            workerAt?: number;
            firstSeen?: { searches: number; items: number; href: string };
          };
          w.searches = 0;
          w.before = 0;
          window.Worker = new Proxy(window.Worker, {
            construct(target, args) {
              w.workerAt ??= performance.now();
              return Reflect.construct(target, args) as object;
            },
          });
          const post = Object.getOwnPropertyDescriptor(Worker.prototype, 'postMessage')!.value as (...args: unknown[]) => void;
          (Worker.prototype as unknown as { postMessage: (...args: unknown[]) => void }).postMessage = function (this: Worker, ...args) {
            // Counted as it is sent: a search sent in the same task as the first result went out after it.
            if ((args[0] as { method?: string } | undefined)?.method === 'search') {
              w.searches++;
              if (!document.querySelector('#search-results li')) w.before = w.searches;
            }
            post.apply(this, args);
          };
          new MutationObserver((_, observer) => {
            const items = document.querySelectorAll('#search-results li');
            if (!items.length) return;
            w.firstSeen = { searches: w.before, items: items.length, href: items[0]!.querySelector('a')!.href };
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
        });
        const top = await search(page, query);
        const seen = await page.evaluate(() => {
          const w = window as unknown as {
            searches: number;
            workerAt?: number;
            firstSeen?: { searches: number; items: number; href: string };
          };
          return {
            ...w.firstSeen,
            workerAt: w.workerAt,
            searchesInAll: w.searches,
            paint: performance.getEntriesByName('first-paint')[0]?.startTime,
          };
        });
        expect(seen.paint, query).toBeDefined();
        expect(seen.workerAt, query).toBeLessThan(seen.paint!);
        // Two searches narrowed to report paragraphs (the phrase whole and the typed words) before the first result,
        // alone in the list; the pages about the name and the other names after it.
        expect(seen, query).toMatchObject({ searches: 2, items: 1 });
        expect(seen.searchesInAll, query).toBeGreaterThan(2);
        // What the reader saw first is a report paragraph, and it stays first.
        const href = new URL(seen.href!);
        expect(`${href.pathname.slice(new URL(siteUrl()).pathname.length)}${href.hash}`, query).toBe(top[0]);
        expect(top[0], query).toMatch(/^reports\/[^#]+#/);
        await page.close();
      }
    },
  );
});
