/**
 * The parallels marker on a report's paragraphs, as a reader uses it: by
 * keyboard, mouse and touch it opens the popover of the paragraph's parallel
 * passages (WCAG 1.4.13: hoverable, persistent, dismissed with Escape), whose
 * links lead to those paragraphs; without JavaScript it leads to the
 * paragraph's entry on the report's list of parallels, a page of its own,
 * opened; axe finds nothing with it open.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeRun, preloadAxe } from '../helpers/axe.ts';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const REPORT = 'reports/shigu-report-2019/';
const popover = (page: Page) => page.locator('#annotation-popover');
const marker = (page: Page) => page.locator('.report-body a.parallel-marker').first();

/** What the popover lists: each passage's link (document · section) and its marked words. */
async function listed(page: Page): Promise<{ links: string[]; marked: number }> {
  return page.evaluate(() => {
    const pop = document.getElementById('annotation-popover')!;
    return {
      links: [...pop.querySelectorAll<HTMLAnchorElement>('.parallel-source a')].map((a) => a.getAttribute('href')!),
      marked: pop.querySelectorAll('.parallel-text mark').length,
    };
  });
}

describe('parallels marker', () => {
  it('by mouse: opens after resting on it, lets the pointer move in, stays, closes with Escape; lists document, section, date and shared words', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await preloadAxe(context);
    const page = await context.newPage();
    await page.goto(siteUrl(REPORT));
    const count = await page.locator('.report-body a.parallel-marker').count();
    expect(count).toBeGreaterThan(5);
    // The report page carries the markers, not the entries they lead to.
    expect(await page.locator('.parallel-own').count()).toBe(0);
    await marker(page).scrollIntoViewIfNeeded();
    await marker(page).hover();
    await popover(page).waitFor();
    const { links, marked } = await listed(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => /\/reports\/[a-z0-9-]+\/#[a-z0-9-]+$/.test(href))).toBe(true);
    expect(marked).toBeGreaterThan(0);
    // Document, section and date: the date of the city's report of January 2019.
    expect(await popover(page).textContent()).toMatch(/\d{4}年\d{1,2}月/);
    expect(await marker(page).getAttribute('aria-expanded')).toBe('true');
    await popover(page).hover();
    await page.waitForTimeout(700);
    expect(await popover(page).isVisible()).toBe(true);
    expect(await axeRun(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await popover(page).isVisible()).toBe(false);
    // A popover link leads to the other paragraph.
    await marker(page).hover();
    await popover(page).waitFor();
    await popover(page).locator('.parallel-source a').first().click();
    await page.waitForURL((url) => url.href.endsWith(links[0]!.split('/').slice(-3).join('/')));
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('P');
    await context.close();
  });

  it('by keyboard: focus opens it, Tab goes into its links, Escape closes it and returns to the marker', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl(REPORT));
    const id = await marker(page).evaluate((a) => a.closest('p')!.id);
    // Tab from the paragraph's first focusable element (or the one before it) to the marker.
    await page.evaluate((pid) => {
      const p = document.getElementById(pid)!;
      const before = [...document.querySelectorAll<HTMLElement>('a[href]')].filter(
        (a) => a.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      before.at(-1)!.focus();
    }, id);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('parallel-marker'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('parallel-marker'))).toBe(true);
    await popover(page).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#annotation-popover') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await popover(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('parallel-marker'))).toBe(true);
    await context.close();
  });

  it('by touch: a tap opens it without leaving the page, off the marker, with a close button; a tap on a passage leads there', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(siteUrl(REPORT));
    await marker(page).scrollIntoViewIfNeeded();
    const url = page.url();
    await marker(page).tap();
    await popover(page).waitFor();
    expect(page.url()).toBe(url);
    const [m, note] = await Promise.all([marker(page).boundingBox(), popover(page).boundingBox()]);
    expect(m!.y + m!.height <= note!.y || note!.y + note!.height <= m!.y).toBe(true);
    const box = (await marker(page).boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await popover(page).getByRole('button', { name: '关闭' }).tap();
    expect(await popover(page).isVisible()).toBe(false);
    await marker(page).tap();
    await popover(page).waitFor();
    const { links } = await listed(page);
    await popover(page).locator('.parallel-source a').first().tap();
    await page.waitForURL((u) => u.href.endsWith(links[0]!.split('/').slice(-3).join('/')));
    await context.close();
  });

  it('without JavaScript leads to the paragraph’s entry on the report’s list of parallels, opened, which leads back', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl(REPORT));
    const id = await marker(page).evaluate((a) => a.closest('p')!.id);
    const href = (await marker(page).getAttribute('href'))!;
    expect(href).toBe(`/${REPORT}parallels/#parallels-${id}`);
    await marker(page).click();
    expect(page.url().endsWith(href)).toBe(true);
    const entry = page.locator(`#parallels-${id}`).locator('xpath=ancestor::details');
    expect(await entry.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await entry.locator('.parallel-source a').count()).toBeGreaterThan(0);
    // One entry per marker, and "本文此段" leads back to the paragraph.
    expect(await page.locator('details.parallels-item:has(.parallel-own)').count()).toBeGreaterThan(5);
    await entry.getByRole('link', { name: '本文此段' }).click();
    expect(page.url().endsWith(`/${REPORT}#${id}`)).toBe(true);
    await context.close();
  });
});
