/**
 * Citing from a report page: the paragraph citation (¶) in GB/T 7714-2015 and
 * an English style, with the reader's access date and a clean URL even when
 * the page was reached from a search (?hl=); the document's citation readable
 * without JavaScript; BibTeX, RIS and CSL-JSON files for every document.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('a paragraph of the 2019 report', () => {
  it('¶ gives a GB/T 7714 citation with speaker, printed title, [R/OL], place and issuer, date, today as access date, and the paragraph’s URL without ?hl=', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/?hl=%E5%9C%B0%E5%8C%BA#s1-p2'));
    await page.locator('#s1-p2 .para-link').click();
    const popover = page.locator('#cite-popover');
    await popover.waitFor();
    const gbt = await popover.locator('[data-cite="gbt"]').textContent();
    const url = siteUrl('reports/city-report-2019/#s1-p2');
    expect(gbt).toBe(
      `邓群策. 政府工作报告：2019年1月8日在衡阳市第十五届人民代表大会第五次会议上[R/OL]. 衡阳: 衡阳市人民政府, 2019[${today()}]. ${url}.`,
    );
    expect(gbt).not.toContain('hl=');
    expect(await popover.locator('[data-cite="english"]').textContent()).toBe(
      `邓群策. (2019). 政府工作报告：2019年1月8日在衡阳市第十五届人民代表大会第五次会议上 [Zhengfu gongzuo baogao: 2019 nian 1 yue 8 ri zai Hengyang shi di shiwu jie renmin daibiao dahui di wu ci huiyi shang]. 衡阳市人民政府. ${url}`,
    );
    expect(page.url()).toBe(url);
    // Copying puts that text on the clipboard, and says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popover.getByRole('button', { name: '复制 GB/T 7714 引用' }).click();
    // Copying is asynchronous: wait for the page to say it is done.
    await popover.locator('.cite-status', { hasText: '已复制' }).waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(gbt);
    await context.close();
  });
});

describe('the document’s citation', () => {
  it('is on the page without JavaScript, and the news piece names its author and its paper', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/news-2020-results/'));
    const gbt = await page.locator('.cite-block [data-cite="gbt"]').textContent();
    expect(gbt).toMatch(/^唐海强\. 六大关键字展现大城衡阳新业绩\[N(\/OL)?\]\. 衡阳日报, \[2021\]/);
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    expect(await page.locator('.cite-block [data-cite="gbt"]').textContent()).toMatch(
      /^衡阳市人民政府\. 衡阳市国民经济和社会发展第十三个五年规划纲要\[R(\/OL)?\]\. 衡阳: 衡阳市人民政府, \[2016\]/,
    );
    await context.close();
  });

  it('downloads as BibTeX, RIS and CSL-JSON for every document', () => {
    for (const slug of readdirSync('dist/reports')) {
      const bib = readFileSync(`dist/cite/${slug}.bib`, 'utf8');
      expect(bib).toMatch(new RegExp(`^@(techreport|article)\\{${slug.replace(/-/g, '')},`));
      const ris = readFileSync(`dist/cite/${slug}.ris`, 'utf8');
      expect(ris).toMatch(/^TY {2}- (RPRT|NEWS)$/m);
      expect(ris).toMatch(/^ER {2}-/m);
      const [item] = JSON.parse(readFileSync(`dist/cite/${slug}.json`, 'utf8')) as {
        id: string;
        title: string;
        author: { literal: string }[];
      }[];
      expect(item!.id).toBe(slug);
      expect(item!.author[0]!.literal.length).toBeGreaterThan(1);
    }
    expect(readFileSync('dist/cite/news-2020-results.bib', 'utf8')).toContain('唐海强');
  });
});
