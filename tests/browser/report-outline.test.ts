/** Every report page shows its whole structure: title, headings in order, boxes and figure placeholders. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

const docs = parse(readFileSync('content/documents.yaml', 'utf8')) as { slug: string; title: string; source: string }[];

/** The numbers of the 专栏 boxes and figures a source prints a title line for ("专 栏 7：…", "图 4：…"). */
function printedNumbers(slug: string, word: RegExp): string[] {
  const { source } = docs.find((d) => d.slug === slug)!;
  const text = readFileSync(`content/sources/${source}`, 'utf8');
  return [...text.matchAll(new RegExp(`^\\s*${word.source}\\s*(\\d+)\\s*[：:]`, 'gmu'))].map((m) => m[1]!);
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser.close());

async function outline(slug: string) {
  await page.goto(siteUrl(`reports/${slug}/`));
  return page.$$eval('article :is(h1,h2,h3,h4,h5,h6)', (els) =>
    els.filter((e) => !e.closest('[data-chrome]')).map((e) => ({ level: Number(e.tagName[1]), text: e.textContent.trim(), id: e.id })),
  );
}

describe('report pages', () => {
  it.each(docs)('$slug has one h1 (its own title) and a heading outline that never skips a level', async ({ slug }) => {
    const headings = await outline(slug);
    expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    for (let i = 1; i < headings.length; i++) expect(headings[i]!.level).toBeLessThanOrEqual(headings[i - 1]!.level + 1);
    expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
  });

  it('the plan outline has its 14 chapters, their sections and numbered articles, every box and figure the source prints', async () => {
    const headings = await outline('five-year-plan-2016-2020');
    const chapters = headings.filter((h) => h.level === 2);
    expect(chapters.map((h) => h.text.split(' ')[0])).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'].map((n) => `第${n}章`),
    );
    expect(chapters[0]!.text).toBe('第一章 全面建成小康社会 加快实现衡阳崛起');
    expect(headings.filter((h) => /^第.+节/.test(h.text)).length).toBeGreaterThanOrEqual(40);
    const articles = headings.filter((h) => /^\d+、/.test(h.text)).map((h) => Number(h.text.split('、')[0]));
    expect(articles).toEqual(Array.from({ length: 166 }, (_, i) => i + 1));
    const ids = (selector: string) => page.$$eval(selector, (els) => els.map((e) => e.id));
    expect(await ids('aside.box')).toEqual(printedNumbers('five-year-plan-2016-2020', /专\s*栏/).map((n) => `box-${n}`));
    expect(await page.locator('aside#box-8 h5, aside#box-8 :is(h3,h4,h6)').first().textContent()).toBe('专栏8：重点交通设施建设工程');
    expect(await page.locator('aside#box-8').textContent()).toContain('建成怀邵衡铁路');
    expect(await ids('figure.figure-placeholder')).toEqual(printedNumbers('five-year-plan-2016-2020', /图/).map((n) => `fig-${n}`));
    expect(await page.locator('figure#fig-4 figcaption').textContent()).toBe('图4：市域综合交通示意图');
    expect(await page.locator('img').count()).toBe(0);
  });

  it('the 2019 city report has its numbered parts and subsections', async () => {
    const headings = await outline('city-report-2019');
    expect(headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      '一、2018年工作回顾',
      '二、2019年工作安排',
      '三、锻造最强执行力政府',
    ]);
    expect(headings.filter((h) => h.level === 3)).toHaveLength(6 + 8 + 4);
    expect(await page.locator('.title-block').textContent()).toContain('2019年1月8日在衡阳市第十五届人民代表大会第五次会议上');
  });

  it('the Shigu report recognises its unnumbered headings and nests them under the right part', async () => {
    const headings = await outline('shigu-report-2019');
    expect(headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      '一、2018年工作回顾',
      '二、2019年工作安排',
      '打造最强执行力政府',
      '《政府工作报告》相关名词解释',
    ]);
    expect(headings.find((h) => h.text === '坚持攻坚拔寨，继续打好三大攻坚战')?.level).toBe(3);
  });

  it('the 2012 report renders the source bold markers as bold, never as asterisks', async () => {
    await page.goto(siteUrl('reports/city-report-2012/'));
    expect(await page.locator('.report-body').textContent()).not.toContain('**');
    expect(await page.locator('article strong', { hasText: '新型工业化加速推进。' }).count()).toBe(1);
  });

  it('the index lists every document with a working link', async () => {
    await page.goto(siteUrl(''));
    for (const { slug } of docs) {
      const link = page.locator(`a[href$="reports/${slug}/"]`).first();
      await expect(link.count()).resolves.toBeGreaterThan(0);
    }
  });
});
