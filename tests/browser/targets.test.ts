/**
 * The target tracker as a reader uses it: every cell one click from its source
 * paragraph, filters that work without JavaScript, a page per target with its
 * chart and data table, and badges in the report text leading both ways.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';
import { loadProjectContent } from '../helpers/content.ts';

const { targets } = loadProjectContent().targets;
const html = (path: string) => fromHtml(readFileSync(`dist/${path}index.html`, 'utf8'));

function elements(tree: Root | Element, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    elements(child, test, found);
  }
  return found;
}

const reports = new Map<string, Root>();
/** The text of the paragraph a report link points to, without page furniture (badges, ¶). */
function paragraphAt(href: string): string | undefined {
  const [, slug, id] = /\/reports\/([^/]+)\/#(.+)$/.exec(href) ?? [];
  if (!slug || !id) return undefined;
  if (!reports.has(slug)) reports.set(slug, html(`reports/${slug}/`));
  const [p] = elements(reports.get(slug)!, (e) => e.properties.id === id);
  if (!p) return undefined;
  return toString({ ...p, children: p.children.filter((c) => !(c.type === 'element' && 'dataChrome' in c.properties)) });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('target tracker', () => {
  it('has a row for every target, and each goal, baseline and later figure links to the paragraph that states it', () => {
    const tracker = html('targets/');
    const rows = elements(tracker, (e) => e.tagName === 'tr' && 'dataStatus' in e.properties);
    expect(rows.length).toBe(targets.length);
    const problems: string[] = [];
    for (const t of targets) {
      const row = rows.find((r) => elements(r, (e) => e.tagName === 'a' && e.properties.href === `/targets/${t.id}/`).length > 0);
      if (!row) {
        problems.push(`${t.id}: no row`);
        continue;
      }
      const links = elements(row, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('/reports/')).map((a) => paragraphAt(String(a.properties.href)) ?? '');
      for (const quote of [t.plan.quote, t.baseline?.quote, ...t.observations.map((o) => o.quote)]) {
        if (quote && !links.some((text) => text.includes(quote))) problems.push(`${t.id}: no link to the paragraph quoting "${quote}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a reader goes from the tracker to the plan clause and to the 2018 figure in one click each', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('targets/'));
    const row = page.locator('tr', { has: page.getByRole('link', { name: '森林覆盖率', exact: true }) }).first();
    await row.getByRole('link', { name: '2020年超过50%' }).click();
    await page.waitForURL(/five-year-plan-2016-2020\/#/);
    expect(await page.locator(':target').textContent()).toContain('森林覆盖率超过50%');
    await page.goBack();
    await row.getByRole('link', { name: '48.2%' }).click();
    await page.waitForURL(/city-report-2019\/#/);
    expect(await page.locator(':target').textContent()).toContain('森林覆盖率达48.2%');
    await page.close();
  });

  it('filters by area and status without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('targets/'));
    const visibleRows = () => page.locator('tbody tr[data-status]:visible').count();
    const all = await visibleRows();
    expect(all).toBe(targets.length);
    await page.getByRole('radio', { name: '已达成' }).check();
    const met = await visibleRows();
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(all);
    for (const text of await page.locator('tbody tr[data-status]:visible .status').allTextContents()) expect(text).toBe('已达成');
    await page.getByRole('radio', { name: '生态' }).check();
    for (const h of await page.locator('.area-group:visible h3').allTextContents()) expect(h).toBe('生态');
    await context.close();
  });

  it('shows counts at the top that add up to the number of targets', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('targets/'));
    const sums = await page.locator('.tracker-summary').evaluateAll((sections) =>
      sections.map((s) => [...s.querySelectorAll('li strong')].map((n) => Number(n.textContent))),
    );
    const [total, ...byStatus] = sums.reduce((a, b) => a.map((x, i) => x + b[i]!));
    expect(total).toBe(targets.length);
    expect(byStatus.reduce((a, b) => a + b, 0)).toBe(targets.length);
    await page.close();
  });
});

describe('a target page', () => {
  it('states the status with its reason, draws the figures and lists them in a table with sources', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl('targets/forest-cover/'));
    await expect(page.locator('.target-status').textContent()).resolves.toMatch(/进展中\s*最新数据：2018年为48.2%；目标：2020年超过50%/);
    expect(await page.locator('.target-chart svg circle').count()).toBe(2);
    const cells = await page.locator('table.target-data tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td:nth-child(3)')!.textContent));
    expect(cells).toEqual(['46.3%', '2020年超过50%', '48.2%']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});

describe('badges in the report text', () => {
  it('lead from the plan clause to its tracker entry, and from the later figure back to the target', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    const badge = page.locator('a.target-badge[href$="/targets/forest-cover/"]');
    await expect(badge.getAttribute('aria-label')).resolves.toBe('目标跟踪 · 森林覆盖率 · 进展中：2018年48.2%');
    await page.goto(siteUrl('reports/city-report-2019/'));
    // The first click shows the marker's note; its link leads on.
    await page.locator('a.target-badge[href$="/targets/forest-cover/"]').click();
    await page.locator('#annotation-popover').getByRole('link', { name: '查看目标跟踪 →' }).click();
    await page.waitForURL(/targets\/forest-cover\/$/);
    await page.close();
  });
});

describe('project tracker', () => {
  it('gives each named project its latest state with the clause that says so, one click from the paragraph', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('projects/'));
    const row = page.locator('tr', { has: page.getByRole('link', { name: '怀邵衡铁路', exact: true }) });
    await expect(row.locator('.status').textContent()).resolves.toBe('已建成');
    await row.locator('a.mention-sentence').click();
    await page.waitForURL(/city-report-2019\/#/);
    expect(await page.locator(':target').textContent()).toContain('怀邵衡铁路衡阳段建成通车');
    await page.close();
  });
});
