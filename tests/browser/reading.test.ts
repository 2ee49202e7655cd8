/** The reading experience on desk and phone: TOC, anchors, citations, themes, no-JS reading, accessibility, weight. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, phoneContext, siteUrl } from '../helpers/browser.ts';

const docs = parse(readFileSync('content/documents.yaml', 'utf8')) as { slug: string }[];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('report reading', () => {
  it('the table of contents is a sticky sidebar on a desk and jumps to the section', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    const toc = page.locator('nav.toc');
    await expect(toc.locator('summary').isVisible()).resolves.toBe(false);
    await toc.getByRole('link', { name: '第五章 坚持基础先行 提升发展新势能' }).click();
    await page.waitForFunction(() => location.hash === '#s5');
    await page.waitForTimeout(200);
    await expect(toc.isVisible()).resolves.toBe(true);
    expect(await toc.locator('a[aria-current="location"]').textContent()).toBe('第五章 坚持基础先行 提升发展新势能');
    await page.close();
  });

  it('on a phone the table of contents is a collapsed disclosure that opens by touch', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const link = page.getByRole('link', { name: '二、2019年工作安排' });
    await expect(link.isVisible()).resolves.toBe(false);
    await page.locator('nav.toc summary').tap();
    await link.tap();
    await page.waitForFunction(() => location.hash === '#s2');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await context.close();
  });

  it.each(docs)('$slug has no horizontal scroll at 360px', async ({ slug }) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl(`reports/${slug}/`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('every heading and paragraph has a self-link, and ¶ opens a citation by keyboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const paragraphs = await page.locator('.report-body p[id]').count();
    expect(await page.locator('.report-body p[id] > a.para-link').count()).toBe(paragraphs);
    expect(await page.locator('.report-body :is(h2,h3,h4)[id] > a.heading-link').count()).toBe(
      await page.locator('.report-body :is(h2,h3,h4)[id]').count(),
    );
    const link = page.locator('#s1-1-p1 > a.para-link');
    await link.focus();
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    const popover = page.locator('#cite-popover');
    await expect(popover.isVisible()).resolves.toBe(true);
    const citation = await popover.locator('[data-cite="gbt"]').textContent();
    expect(citation).toMatch(
      /^邓群策\. 政府工作报告：2019年1月8日在衡阳市第十五届人民代表大会第五次会议上\[R\/OL\]\. 衡阳: 衡阳市人民政府, 2019\[\d{4}-\d{2}-\d{2}\]\. /,
    );
    expect(citation).toMatch(/reports\/city-report-2019\/#s1-1-p1\.$/);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite-copy');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('a paragraph link lands on the paragraph', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/#box-8-p1'));
    expect(await page.locator(':target').textContent()).toContain('建成怀邵衡铁路');
    await page.close();
  });

  it('the theme toggle switches, persists across pages, and is applied before first paint', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(siteUrl(''));
    const toggle = page.getByRole('button', { name: '深色模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The saved theme is on <html> before any module script runs.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(siteUrl('reports/city-report-2012/'), { waitUntil: 'domcontentloaded' });
    expect(
      await page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).backgroundColor]),
    ).toEqual(['dark', 'rgb(23, 22, 20)']);
    await context.close();
  });

  it.each(docs)('$slug reads completely with JavaScript disabled', async ({ slug }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(siteUrl(`reports/${slug}/`));
    expect(await page.locator('.report-body p').count()).toBeGreaterThan(10);
    await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(false);
    await page.locator('nav.toc summary').click();
    await page.locator('nav.toc a').nth(1).click();
    expect(await page.evaluate(() => location.hash)).not.toBe('');
    await context.close();
  });

  it('a report page ships at most 10 KB of gzipped JavaScript of its own', () => {
    const html = readFileSync('dist/reports/city-report-2019/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    // Inline scripts count; the JSON data block is data, not code.
    const inline = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join('');
    const files = scripts.map((src) => readFileSync(join('dist', src.replace(/^\//, ''))));
    const total = files.reduce((n, f) => n + gzipSync(f).length, gzipSync(inline).length);
    expect(total).toBeLessThanOrEqual(10 * 1024);
    // No web fonts are downloaded.
    const assets = readdirSync('dist/_astro').filter((f) => statSync(join('dist/_astro', f)).isFile());
    expect(assets.filter((f) => /\.(woff2?|ttf|otf)$/.test(f))).toEqual([]);
  });
});
