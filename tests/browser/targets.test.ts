/**
 * The target tracker as a reader uses it: every cell one click from its source
 * paragraph, filters that work without JavaScript, a page per target with its
 * chart and data table, and badges in the report text leading both ways.
 */
import { sameScope } from '../../src/data/place-schema.ts';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';
import { loadProjectContent } from '../helpers/content.ts';
import { reviewedThrough } from '../../src/tracker/status.ts';

const content = loadProjectContent();
const { targets } = content.targets;
const passedThrough = reviewedThrough(content.documents.documents);
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
  // A link that quotes the paragraph carries the quoted words (?hl=), which the page marks on arrival.
  const [, slug, id] = /\/reports\/([^/]+)\/(?:\?hl=[^#]*)?#(.+)$/.exec(href) ?? [];
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
  it('has a row for every target, each goal, baseline and later figure of its scope and unit links to the paragraph that states it, and no other scope or unit fills its row', () => {
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
      const links = elements(row, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('/reports/')).map(
        (a) => paragraphAt(String(a.properties.href)) ?? '',
      );
      // The row's year columns hold the figures of the target's own scope and unit.
      const own = t.observations.filter((o) => sameScope(o, t) && (o.unit === undefined || o.unit === t.unit)).map((o) => o.quote);
      for (const quote of [t.plan.quote, t.baseline?.quote, ...own]) {
        if (quote && !links.some((text) => text.includes(quote))) problems.push(`${t.id}: no link to the paragraph quoting "${quote}"`);
      }
      for (const text of links) {
        if (![t.plan.quote, t.baseline?.quote, ...own].some((q) => q && text.includes(q)))
          problems.push(`${t.id}: its row links to a paragraph with none of its own scope's quotes: "${text.slice(0, 40)}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a reader goes from the tracker to the plan clause and to the 2018 figure in one click each', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('targets/'));
    // The plan's row: the 2012 report sets a 森林覆盖率 goal of its own, listed in its own set.
    const row = page
      .locator('tr', { has: page.getByRole('link', { name: '森林覆盖率', exact: true }) })
      .filter({ has: page.getByRole('link', { name: '2020年超过50%' }) });
    await row.getByRole('link', { name: '2020年超过50%' }).click();
    await page.waitForURL(/five-year-plan-2016-2020\/(\?hl=[^#]*)?#/);
    expect(await page.locator(':target').textContent()).toContain('森林覆盖率超过50%');
    await page.goBack();
    await row.getByRole('link', { name: '48.2%' }).click();
    await page.waitForURL(/city-report-2019\/(\?hl=[^#]*)?#/);
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
    await page.getByRole('radio', { name: '已达成', exact: true }).check();
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
    const sums = await page
      .locator('.tracker-summary')
      .evaluateAll((sections) => sections.map((s) => [...s.querySelectorAll('li strong')].map((n) => Number(n.textContent))));
    const [total, ...byStatus] = sums.reduce((a, b) => a.map((x, i) => x + b[i]!));
    expect(total).toBe(targets.length);
    expect(byStatus.reduce((a, b) => a + b, 0)).toBe(targets.length);
    await page.close();
  });

  it('shows no target past its deadline as 进展中', () => {
    const rows = elements(html('targets/'), (e) => e.tagName === 'tr' && 'dataStatus' in e.properties);
    const late = targets
      .filter((t) => t.year <= passedThrough)
      .map((t) => rows.find((r) => elements(r, (e) => e.tagName === 'a' && e.properties.href === `/targets/${t.id}/`).length > 0)!);
    expect(late.length).toBeGreaterThan(100);
    expect(late.filter((r) => toString(r).includes('进展中')).map((r) => toString(r).slice(0, 30))).toEqual([]);
  });
});

describe('a target page', () => {
  it('states the status with its reason, draws the figures and lists them in a table with sources', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl('targets/forest-cover/'));
    const status = await page.locator('.target-status').textContent();
    // What the sources say, then what the site computed, in one line.
    expect(status).toMatch(
      /^未见期末数据\s*原文：《衡阳市“十三五”规划纲要（2016—2020年）》提出2020年超过50%（2015年为46.3%）；《衡阳市2019年政府工作报告》称“森林覆盖率达48.2%”（2018年）。\s*本站计算：目标年份已过，收录文件未报告2020年数据；最新数据：2018年为48.2%，距目标还差1.8个百分点/,
    );
    expect(status).toContain('按2015—2018年平均每年提高0.63个百分点推算，2020年约为49.47%，达不到目标（本站推算，非原文数字）');
    // Baseline, the 2018 figure and the projected point.
    expect(await page.locator('.target-chart svg circle').count()).toBe(3);
    expect(await page.locator('.target-chart .chart-projection text').textContent()).toBe('本站推算 49.47%');
    const cells = await page
      .locator('table.target-data tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('td:nth-child(3)')!.textContent));
    expect(cells).toEqual(['46.3%', '2020年超过50%', '48.2%', '约49.47%']);
    // The chart's text stays at 12 px or more on a phone.
    const textPx = await page.locator('.target-chart svg').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(textPx).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });

  it('names both clauses of a target the plan states twice, and its badge sits at both', () => {
    const page = html('targets/forest-cover/');
    const facts = toString(elements(page, (e) => String(e.properties.className).includes('target-restated'))[0]!);
    expect(facts).toContain('规划2处提出同一目标，计为一项');
    expect(facts).toContain('到2020年，全市森林覆盖率超过50%');
    const plan = readFileSync('dist/reports/five-year-plan-2016-2020/index.html', 'utf8');
    expect(plan.match(/href="\/targets\/forest-cover\/"/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('shows two different figures the plan gives for one indicator side by side, each its own entry', () => {
    const line = (id: string) =>
      toString(elements(html(`targets/${id}/`), (e) => String(e.properties.className).includes('target-variants'))[0]!);
    expect(line('industry-value-added-growth')).toContain('2020年年均增长8.5%');
    expect(line('industry-value-added-growth-ch6')).toContain('2020年年均增长9.5%');
  });

  it("lists a figure of another scope below, never in the target's year columns or chart", () => {
    const page = html('targets/gdp-total-2020/');
    const other = elements(page, (e) => e.tagName === 'table' && String(e.properties.className).includes('target-other-scope'))[0]!;
    expect(toString(other)).toContain('石鼓区');
    expect(toString(other)).toContain('175.6亿元');
    const own = elements(
      page,
      (e) =>
        e.tagName === 'table' &&
        !String(e.properties.className).includes('target-other-scope') &&
        String(e.properties.className).includes('target-data'),
    )[0]!;
    expect(toString(own)).not.toContain('175.6');
  });

  it('states on every plan target page what the sources say and what the site computed', () => {
    const problems: string[] = [];
    for (const t of targets.filter((x) => x.plan.doc === 'five-year-plan-2016-2020')) {
      const [line] = elements(html(`targets/${t.id}/`), (e) => String(e.properties.className).includes('target-status'));
      const text = line ? toString(line) : '';
      if (!/原文：《[^》]+》提出/.test(text) || !text.includes('本站计算：')) problems.push(`${t.id}: "${text.slice(0, 60)}"`);
    }
    expect(problems).toEqual([]);
  });

  it('shows the whole timeline of the indicator it measures', () => {
    const page = html('targets/forest-cover/');
    const [section] = elements(
      page,
      (e) => e.tagName === 'section' && elements(e, (h) => h.properties.id === 'indicator-timeline').length > 0,
    );
    expect(elements(section!, (e) => e.tagName === 'li').length).toBeGreaterThanOrEqual(3);
    expect(elements(section!, (e) => e.tagName === 'a' && e.properties.href === '/entities/forest-coverage/').length).toBe(1);
  });
});

describe('an indicator page', () => {
  it('lists the targets it measures, each with its status, linking to the target page', () => {
    const page = html('entities/forest-coverage/');
    const [list] = elements(page, (e) => e.tagName === 'ul' && String(e.properties.className).includes('indicator-targets'));
    const text = toString(list!);
    expect(text).toContain('2020年超过50%');
    expect(text).toContain('未见期末数据');
    expect(elements(list!, (e) => e.tagName === 'a' && e.properties.href === '/targets/forest-cover/').length).toBe(1);
  });
});

describe('badges in the report text', () => {
  it('lead from the plan clause to its tracker entry, and from the later figure back to the target', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    // The plan states the target twice (奋斗目标 and its chapter): a marker at each clause.
    const badge = page.locator('a.target-badge[href$="/targets/forest-cover/"]');
    expect(await badge.count()).toBe(2);
    await expect(badge.first().getAttribute('aria-label')).resolves.toBe('目标跟踪 · 森林覆盖率 · 未见期末数据：2018年48.2%');
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
    await page.waitForURL(/city-report-2019\/(\?hl=[^#]*)?#/);
    expect(await page.locator(':target').textContent()).toContain('怀邵衡铁路衡阳段建成通车');
    await page.close();
  });
});
