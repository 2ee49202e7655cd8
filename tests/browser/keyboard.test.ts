/** Keyboard walk: every interactive element on a page is reached by Tab, in order, and visibly focused. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it.each(['', 'reports/news-2020-results/', 'glossary/fang-guan-fu/', 'entities/nanyue-airport/', 'entities/'])(
  'every interactive element of /%s is reachable by Tab and visibly focused',
  async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl(path));
    // Number every element that should take focus, so each is recognised when it does.
    const expected = await page.evaluate(() => {
      const els = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')].filter(
        (el) =>
          // A closed <details> keeps its content laid out (Chromium hides it with content-visibility), but only its summary is a stop.
          !el.closest('[hidden], [popover]:not(:popover-open), details:not([open]) > :not(summary)') &&
          el.getClientRects().length > 0 &&
          !(el as HTMLButtonElement).disabled,
      );
      els.forEach((el, i) => {
        el.dataset.walk = String(i);
      });
      return els.length;
    });
    // Each focus is recorded as it happens, so Tab can be pressed in runs without a round trip per stop.
    await page.evaluate(() => {
      const log: { key: string; visible: boolean; popover: boolean }[] = [];
      (window as unknown as { focusLog: typeof log }).focusLog = log;
      document.addEventListener('focusin', (event) => {
        const el = event.target as HTMLElement;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        log.push({ key: el.dataset.walk ?? `${el.tagName} ${el.outerHTML.slice(0, 60)}`, visible, popover: !!el.closest('[popover]') });
      });
    });
    const reached = new Set<string>();
    // An annotation's note opens on focus and Tab walks through its links before the text goes on, so allow for those stops.
    for (let pressed = 0; pressed < expected * 8 && reached.size < expected; pressed += 20) {
      for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
      const log = await page.evaluate(() =>
        (window as unknown as { focusLog: { key: string; visible: boolean; popover: boolean }[] }).focusLog.splice(0),
      );
      for (const focus of log) {
        expect(focus.visible, focus.key).toBe(true);
        if (!focus.popover) reached.add(focus.key);
      }
    }
    // Radio groups are one tab stop; everything else is its own.
    const radios = await page.locator('input[type="radio"]').count();
    expect(reached.size).toBeGreaterThanOrEqual(expected - Math.max(0, radios - 1));
    await context.close();
  },
);
