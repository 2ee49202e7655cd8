/**
 * Reading on a phone (and at desk width): no page scrolls sideways, no figure
 * breaks across lines, and no line starts with closing punctuation, on the
 * tracker, target pages, the project list and every report, at 360, 390 and
 * 1280 px; the first screen holds text, not chrome; filters fold into one
 * control; key hints stay off touch screens; skip links lead past the table
 * of contents; the indexes filter as one types and stay complete without JS.
 */
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, siteUrl } from '../helpers/browser.ts';
import { layoutProblems } from '../helpers/layout.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const reports = readdirSync('dist/reports').map((slug) => `reports/${slug}/`);
const targetPages = readdirSync('dist/targets', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `targets/${d.name}/`);
// The tracker, the project list, every report, and a spread of target pages (first, middle, last).
const pages = [
  'targets/',
  'projects/',
  ...reports,
  ...[0, Math.floor(targetPages.length / 2), targetPages.length - 1].map((i) => targetPages[i]!),
];

const phone = (width: number) => phoneContext(browser, width);

describe.each([360, 390, 1280])('at %i px', (width) => {
  it('no page scrolls sideways, no figure wraps, no line starts with closing punctuation', { timeout: 300_000 }, async () => {
    const context = width < 600 ? await phone(width) : await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(siteUrl(path));
      const p = await layoutProblems(page);
      if (p.scrollsSideways > 0) problems.push(`${path}: scrolls sideways by ${p.scrollsSideways}px`);
      for (const f of p.wrappedFigures) problems.push(`${path}: figure wraps: ${f}`);
      for (const s of p.badLineStarts) problems.push(`${path}: line starts with closing punctuation: ${s}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the first phone screen', () => {
  it('has a header of at most 56 px with search behind a button, and the 2019 report’s text starts on it', async () => {
    const context = await phone(390);
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(56);
    expect(await page.locator('#site-search-q').isVisible()).toBe(false);
    await page.locator('.search-button').tap();
    await page.waitForURL(/\/search\/$/);
    await page.goBack();
    const firstParagraph = await page.locator('.report-body p').first().boundingBox();
    expect(firstParagraph!.y + firstParagraph!.height).toBeLessThan(844);
    // The menu opens by touch and holds the site's sections.
    await page.locator('.site-menu > summary').tap();
    await expect(page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '目标跟踪' }).isVisible()).resolves.toBe(
      true,
    );
    await context.close();
  });

  it('folds the tracker’s filters into one control that still filters', async () => {
    const context = await phone(390);
    const page = await context.newPage();
    await page.goto(siteUrl('targets/'));
    expect(await page.locator('.tracker-filters fieldset').first().isVisible()).toBe(false);
    const box = await page.locator('.tracker-filters > summary').boundingBox();
    expect(box!.height).toBeLessThan(60);
    await page.locator('.tracker-filters > summary').tap();
    await page.locator('.tracker-filters label', { hasText: '已达成' }).tap();
    const shown = await page.locator('.tracker-table tbody tr:visible').count();
    expect(shown).toBe(await page.locator('.tracker-table tbody tr[data-status="0"]').count());
    await context.close();
  });

  it('folds the search filters too, and the folded control says how many are on', async () => {
    const context = await phone(390);
    const page = await context.newPage();
    await page.goto(siteUrl('search/?q=脱贫'));
    expect(await page.locator('.search-filters fieldset').first().isVisible()).toBe(false);
    await page.locator('.search-results li').first().waitFor();
    expect((await page.locator('.search-results li').first().boundingBox())!.y).toBeLessThan(844);
    await page.locator('.filter-box > summary').tap();
    await page.locator('.search-filters label').first().tap();
    expect(await page.locator('.filter-box > summary').textContent()).toBe('筛选结果（已选1项）');
    await context.close();
  });

  it('shows table rows as cards that name each value', async () => {
    const context = await phone(390);
    const page = await context.newPage();
    await page.goto(siteUrl('targets/forest-cover/'));
    const cell = page.locator('.target-data td[data-label="来源"]').first();
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toBe('"来源"');
    // A card is as wide as the screen allows, not a one-character column.
    expect((await cell.boundingBox())!.width).toBeGreaterThan(300);
    await context.close();
  });

  it('hides key hints on a touch screen and shows them with a mouse', async () => {
    const touch = await phone(390);
    const page = await touch.newPage();
    await page.goto(siteUrl('search/'));
    expect(await page.locator('.key-hint').first().isVisible()).toBe(false);
    await touch.close();
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const deskPage = await desk.newPage();
    await deskPage.goto(siteUrl('search/'));
    expect(await deskPage.locator('.key-hint').first().isVisible()).toBe(true);
    await desk.close();
  });
});

describe('keyboard past the table of contents', () => {
  it('跳到正文 on a report leads to the text: the next Tab is in the report, not in its 262-link outline', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => ({
      inToc: !!document.activeElement?.closest('.toc'),
      inReport: !!document.activeElement?.closest('#report-text'),
    }));
    expect(where).toEqual({ inToc: false, inReport: true });
    // Inside the outline, its own first link skips the rest of it.
    await page.locator('.skip-toc').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#report-text'))).toBe(true);
    await context.close();
  });
});

describe('filter-as-you-type on the indexes', () => {
  it.each([
    ['glossary/', '.term-item', '脱贫'],
    ['entities/', 'tbody tr', '铁路'],
    ['targets/', '.tracker-table tbody tr', '森林'],
  ])('%s narrows to the items containing what is typed, and the page without JS lists them all', async (path, item, query) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl(path));
    const all = await page.locator(item).count();
    await page.getByRole('searchbox', { name: /筛选/ }).fill(query);
    await page.waitForFunction(() => document.querySelector('#index-filter-status')?.textContent !== '');
    const visible = await page.locator(`${item}:visible`).allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(all);
    for (const t of visible) expect(t).toContain(query);
    expect(await page.locator('#index-filter-status').textContent()).toBe(`显示${visible.length}项（共${all}项）`);
    await context.close();
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(siteUrl(path));
    expect(await plain.locator('#index-filter-q').count()).toBe(0);
    expect(await plain.locator(item).count()).toBe(all);
    await noJs.close();
  });
});
