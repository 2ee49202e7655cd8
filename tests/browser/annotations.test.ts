/**
 * Glossary toggletips and entity popovers by mouse, keyboard and touch, and the
 * path a reader follows across years. axe with a note open, in reading mode and
 * on these pages runs in the sweep (tests/helpers/axe-sweep.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl, tapOnPhone } from '../helpers/browser.ts';
import { STATUSES } from '../../src/tracker/status.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const popover = (page: Page) => page.locator('#annotation-popover');

describe('glossary toggletips', () => {
  it('open on hover, let the pointer move in, stay, and close with Escape', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const term = page.locator('.report-body a.term[data-term="ling-tou-yan"]').first();
    await term.hover();
    await popover(page).waitFor();
    const text = await popover(page).textContent();
    expect(text).toContain('领头雁');
    expect(text).toContain('lǐng tóu yàn');
    expect(await term.getAttribute('aria-describedby')).toBe('annotation-popover');
    await popover(page).hover();
    await page.waitForTimeout(700);
    await expect(popover(page).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover(page).isVisible()).resolves.toBe(false);
    // An entity popover too.
    await page.locator('.report-body a.entity').first().hover();
    await popover(page).getByRole('link').first().waitFor();
    await context.close();
  });

  it('a numbered slogan’s note lists its members, not only how many there are', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    await page.locator('.report-body a.term[data-term="san-da-gong-jian-zhan"]').first().hover();
    await popover(page).waitFor();
    expect(await popover(page).textContent()).toContain('包括：防范化解重大风险、精准脱贫、污染防治');
    await context.close();
  });

  it('WCAG 1.4.13: passing over a word opens nothing; a note opened by hover closes when the pointer leaves word and note; it sits off the word’s line', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const term = page.locator('.report-body a.term[data-term="ling-tou-yan"]').first();
    await term.scrollIntoViewIfNeeded();
    const box = (await term.boundingBox())!;
    // Crossing the word on the way elsewhere.
    await page.mouse.move(box.x - 40, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(600);
    await expect(popover(page).isVisible()).resolves.toBe(false);
    // Resting on it opens the note, below or above the line, never on it.
    await term.hover();
    await popover(page).waitFor();
    const note = (await popover(page).boundingBox())!;
    expect(note.y >= box.y + box.height || note.y + note.height <= box.y).toBe(true);
    // Into the note and out of both: it closes.
    await popover(page).hover();
    await page.waitForTimeout(500);
    await expect(popover(page).isVisible()).resolves.toBe(true);
    await page.mouse.move(5, 790);
    await page.waitForTimeout(700);
    await expect(popover(page).isVisible()).resolves.toBe(false);
    // A click opens one that stays when the pointer leaves, until a click elsewhere.
    await term.click();
    await page.mouse.move(5, 790);
    await page.waitForTimeout(700);
    await expect(popover(page).isVisible()).resolves.toBe(true);
    await page.mouse.click(5, 790);
    await expect(popover(page).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('the keyboard reaches the note’s links: Tab goes from the word into the note, then on to the text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    const term = page.locator('.report-body a.term[data-term="ling-tou-yan"]').first();
    await term.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await popover(page).waitFor();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('#annotation-popover') !== null && document.activeElement?.textContent),
    ).toBe('查看词条 →');
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
        // The note's text is fetched (notes.json) when the page is idle or at the first note.
        await expect.poll(() => popover(page).isVisible()).toBe(true);
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
    const {
      context,
      page,
      word: term,
      url,
    } = await tapOnPhone(browser, 'reports/city-report-2019/', (p) => p.locator('.report-body a.term').nth(5));
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
    await page.waitForURL(/reports\/city-report-2019\/(\?hl=[^#]*)?#s1-\d+-p\d+$/);
    await context.close();
  });
});

describe('target markers', () => {
  it('sit after the clause’s punctuation and open a note with the status, the latest figure and a link', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    const markers = page.locator('.report-body a.target-badge');
    expect(await markers.count()).toBeGreaterThan(100);
    // No marker follows right before a comma or full stop: it went after it.
    const before = await markers.evaluateAll((els) =>
      els.map((el) => el.nextSibling?.textContent?.[0] ?? '').filter((c) => /[，。；、：]/u.test(c)),
    );
    expect(before).toEqual([]);
    const marker = page.locator('.report-body a.target-badge[href$="/targets/forest-cover/"]').first();
    await marker.hover();
    await popover(page).getByRole('link', { name: '查看目标跟踪 →' }).waitFor();
    const text = await popover(page).textContent();
    expect(text).toContain('森林覆盖率');
    expect(STATUSES.some((s) => text?.includes(s))).toBe(true);
    await popover(page).getByRole('link', { name: '查看目标跟踪 →' }).click();
    await page.waitForURL(/\/targets\/forest-cover\/$/);
    await context.close();
  });
});

describe('reading mode', () => {
  it('hides annotations and markers, makes the words plain text, and is remembered', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/five-year-plan-2016-2020/'));
    const toggle = page.getByRole('button', { name: '纯文本阅读' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const state = () =>
      page.evaluate(() => ({
        links: document.querySelectorAll('.report-body a.term[href], .report-body a.entity[href]').length,
        markers: [...document.querySelectorAll<HTMLElement>('.report-body .target-badge')].filter((el) => el.checkVisibility()).length,
        border: getComputedStyle(document.querySelector('.report-body a.term')!).borderBottomStyle,
      }));
    expect(await state()).toEqual({ links: 0, markers: 0, border: 'none' });
    const word = page.locator('.report-body a.term').first();
    await word.hover();
    await page.waitForTimeout(600);
    await expect(popover(page).isVisible()).resolves.toBe(false);
    await page.goto(siteUrl('reports/city-report-2019/'));
    expect(await page.evaluate(() => document.documentElement.dataset.reading)).toBe('plain');
    expect((await state()).links).toBe(0);
    await page.getByRole('button', { name: '纯文本阅读' }).click();
    expect((await state()).links).toBeGreaterThan(0);
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
    await page.waitForURL(/reports\/city-report-2019\/(\?hl=[^#]*)?#s1-\d+-p\d+$/);
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
    await page.goto(siteUrl('entities/nanyue-airport/'));
    await page.locator('.timeline-list a.mention-sentence', { hasText: '开通航线数量达18条' }).click();
    await page.waitForURL(/reports\/news-2020-results\/(\?hl=[^#]*)?#s\d+-p\d+$/);
    expect(await page.locator(':target').textContent()).toContain('南岳机场一期改扩建任务完成');
    await context.close();
  });

  it('the glossary category filter works without JavaScript, and the entity table sorts by a header', async () => {
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
    await p2.goto(siteUrl('entities/'));
    const header = p2.locator('table.sortable').first().getByRole('button', { name: '名称' });
    await header.click();
    expect(await p2.locator('table.sortable').first().locator('th').first().getAttribute('aria-sort')).toBe('ascending');
    await js.close();
  });
});
