/**
 * Where each document came from, and reporting an error, as a reader finds
 * them: the report's 文件信息, the sources list on /about/, and the error
 * report filled from a paragraph's ¶ popover or any page's footer, with no
 * feedback address configured.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

const documents = parse(readFileSync('content/documents.yaml', 'utf8')) as { slug: string; source: string; origin?: unknown }[];
const sums = new Map(
  readFileSync('content/sources/SHA256SUMS', 'utf8')
    .trim()
    .split('\n')
    .map((line) => [line.slice(66), line.slice(0, 64)] as const),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('where a document came from', () => {
  it('the report says what of its origin is recorded, and that the rest is not', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const doc of documents) {
      await page.goto(siteUrl(`reports/${doc.slug}/`));
      const origin = page.locator('.doc-origin dd');
      await expect(origin.textContent()).resolves.toContain(doc.source);
      // None of the five texts has a recorded origin: the page says so instead of guessing one.
      if (!doc.origin) await expect(origin.textContent()).resolves.toContain('未记录本站所据文本的出处');
    }
    await page.close();
  });

  it('/about/ lists every document with its file, its checksum and what of its origin is not recorded', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('about/#sources'));
    const entries = page.locator('.source-list > li');
    await expect(entries.count()).resolves.toBe(documents.length);
    const texts = await entries.allTextContents();
    for (const doc of documents) {
      const entry = texts.find((t) => t.includes(doc.source));
      expect(entry, doc.slug).toBeDefined();
      expect(entry).toContain(sums.get(doc.source));
      if (!doc.origin) expect(entry).toContain('原件的网址或文件、发布者、获取日期');
    }
    await page.close();
  });
});

describe('reporting an error without a configured address', () => {
  it('the ¶ popover leads to a report filled with the paragraph: its address, its document and its words', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('reports/city-report-2019/'));
    const paragraph = page.locator('#s1-p5');
    await paragraph.locator('a.para-link').click();
    await page.locator('#cite-popover').getByRole('link', { name: '报告本段错误' }).click();
    await page.waitForURL(/report-error\/\?/);
    const report = await page.locator('#error-report-text').inputValue();
    expect(report).toContain(siteUrl('reports/city-report-2019/#s1-p5'));
    expect(report).toContain('衡阳市2019年政府工作报告');
    expect(report).toContain('人民生活水平持续改善');
    expect(report).toMatch(/哪里错了：\n应当是：/);
    // No address is configured, so the page says so and offers the text to copy.
    await expect(page.locator('.error-report-send').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain('没有配置反馈地址');
    await expect(page.getByRole('button', { name: '复制全文' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("any page's footer link opens the report with that page's address filled in", async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('targets/'));
    await page.locator('.site-footer').getByRole('link', { name: '报告错误' }).click();
    await page.waitForURL(/report-error\/$/);
    await expect(page.locator('#error-report-text').inputValue()).resolves.toContain(`网址：${siteUrl('targets/')}`);
    await page.close();
  });

  it('without JavaScript the report is a blank form to copy by hand', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('report-error/'));
    await expect(page.locator('#error-report-text').inputValue()).resolves.toMatch(/^衡阳报告注释本 · 错误报告\n\n页面：\n网址：（请贴上/);
    await context.close();
  });
});
