/**
 * Glossary toggletips and entity popovers by mouse, keyboard and touch; axe
 * with them open; and the path a reader follows across years.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const popover = (page: Page) => page.locator('#annotation-popover');

describe('glossary toggletips', () => {
  it('open on hover, let the pointer move in, stay, and close with Escape; axe finds nothing meanwhile', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const term = page.locator('.report-body a.term[data-term="ling-tou-yan"]').first();
    await term.hover();
    await expect(popover(page).isVisible()).resolves.toBe(true);
    const text = await popover(page).textContent();
    expect(text).toContain('领头雁');
    expect(text).toContain('lǐng tóu yàn');
    expect(await term.getAttribute('aria-describedby')).toBe('annotation-popover');
    await popover(page).hover();
    await page.mouse.move(5, 5);
    await expect(popover(page).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(popover(page).isVisible()).resolves.toBe(false);
    // An entity popover too: axe finds nothing with it open.
    await page.locator('.report-body a.entity').first().hover();
    await popover(page).getByRole('link').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a numbered slogan’s note lists its members, not only how many there are', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    await page.locator('.report-body a.term[data-term="san-da-gong-jian-zhan"]').first().hover();
    await expect(popover(page).isVisible()).resolves.toBe(true);
    expect(await popover(page).textContent()).toContain('包括：防范化解重大风险、精准脱贫、污染防治');
    await context.close();
  });

  it('open on keyboard focus and follow the focus as the reader tabs on', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/#s1-p1'));
    let seen = 0;
    for (let i = 0; i < 80 && seen < 2; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term);
      if (id) {
        seen++;
        await expect(popover(page).isVisible()).resolves.toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
      }
    }
    expect(seen).toBe(2);
    await page.keyboard.press('Escape');
    await expect(popover(page).isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBeTruthy();
    await context.close();
  });

  it('open on tap without leaving the page, never covering the word, and lead on from the note', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const term = page.locator('.report-body a.term').nth(5);
    await term.scrollIntoViewIfNeeded();
    const url = page.url();
    await term.tap();
    await expect(popover(page).isVisible()).resolves.toBe(true);
    expect(page.url()).toBe(url);
    const [word, note] = await Promise.all([term.boundingBox(), popover(page).boundingBox()]);
    expect(word!.y + word!.height <= note!.y || note!.y + note!.height <= word!.y).toBe(true);
    await popover(page).getByRole('link', { name: '查看词条 →' }).tap();
    await page.waitForURL(/\/glossary\/[^/]+\/$/);
    await context.close();
  });

  it('without JavaScript a term is a plain link to its entry, and a project to its page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    await page.locator('.report-body a.term[data-term="ling-tou-yan"]').first().click();
    await page.waitForURL(/\/glossary\/ling-tou-yan\/$/);
    expect(await page.locator('h1').textContent()).toBe('领头雁');
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    await page.locator('#box-8 a.entity', { hasText: '怀邵衡铁路' }).first().click();
    await page.waitForURL(/\/entities\/huai-shao-heng-railway\/$/);
    await page.locator('.timeline-list a.mention-sentence', { hasText: '衡阳段建成通车' }).click();
    await page.waitForURL(/reports\/city-report-2019\/#s1-\d+-p\d+$/);
    await context.close();
  });
});

describe('projects across years', () => {
  it('from the plan outline, one hover and one click reach the 2019 paragraph where 怀邵衡铁路’s Hengyang section opened', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/#box-8'));
    await page.locator('#box-8 a.entity', { hasText: '怀邵衡铁路' }).first().hover();
    const link = popover(page).getByRole('link', { name: /怀邵衡铁路衡阳段建成通车/ });
    await link.click();
    await page.waitForURL(/reports\/city-report-2019\/#s1-\d+-p\d+$/);
    expect(await page.locator(':target').textContent()).toContain('怀邵衡铁路衡阳段建成通车');
    await context.close();
  });

  it('the entity page lists every mention and links back to each paragraph; the 2020 flights are reachable for 南岳机场', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl('entities/huai-shao-heng-railway/'));
    const links = page.locator('.timeline-list a.mention-sentence');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    const arc = await page.locator('.entry-arc').textContent();
    expect(arc).toContain('2018年 进展');
    // Said, not left for the reader to infer: the 2020 review no longer names it, and one mention is of its Hengyang section only.
    expect(arc).toContain('2020年的解读未再提及');
    expect(arc).toContain('其中1次只指其一部分');
    expect(await page.locator('.timeline-list .mention-part').textContent()).toContain('怀邵衡铁路衡阳段');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(siteUrl('entities/nanyue-airport/'));
    await page.locator('.timeline-list a.mention-sentence', { hasText: '开通航线数量达18条' }).click();
    await page.waitForURL(/reports\/news-2020-results\/#s\d+-p\d+$/);
    expect(await page.locator(':target').textContent()).toContain('南岳机场一期改扩建任务完成');
    await context.close();
  });

  it('glossary and entity indexes pass axe, and the category filter works without JavaScript', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('glossary/'));
    const all = await page.locator('.term-item:visible').count();
    await page.getByLabel('生态环保').check();
    const filtered = await page.locator('.term-item:visible').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await context.close();
    const js = await browser.newContext();
    const p2 = await js.newPage();
    for (const path of ['glossary/', 'entities/', 'glossary/fang-guan-fu/']) {
      await p2.goto(siteUrl(path));
      expect(await axeViolations(p2), path).toEqual([]);
    }
    await p2.goto(siteUrl('entities/'));
    const header = p2.locator('table.sortable').first().getByRole('button', { name: '名称' });
    await header.click();
    expect(await p2.locator('table.sortable').first().locator('th').first().getAttribute('aria-sort')).toBe('ascending');
    await js.close();
  });
});
