/**
 * Parallel passages and compare pages as a reader uses them: on a phone the
 * two sides of a compare page stack and radio buttons (keyboard or touch) show
 * one side; at desk width both stand side by side; a report's list of
 * parallels opens by keyboard and by touch and links to the other paragraph;
 * axe finds nothing on a compare page with a side chosen (a state the sweep
 * does not make).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeRun, preloadAxe } from '../helpers/axe.ts';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const COMPARE = 'compare/city-report-2019/shigu-report-2019/';
const visible = (selector: string) => `[...document.querySelectorAll('${selector}')].filter((e) => e.getClientRects().length > 0).length`;

describe('compare page', () => {
  it('on a phone stacks the sides, and the switch shows one side by keyboard or touch', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await preloadAxe(context);
    const page = await context.newPage();
    await page.goto(siteUrl(COMPARE));
    const lefts = await page.evaluate(visible('.cmp-left:not(.cmp-empty)'));
    const rights = await page.evaluate(visible('.cmp-right:not(.cmp-empty)'));
    expect(lefts).toBeGreaterThan(10);
    expect(rights).toBeGreaterThan(10);
    // Stacked: a row's right side starts below its left side.
    const [l, r] = await page.evaluate(() => {
      const row = [...document.querySelectorAll('.cmp-row')].find((x) => x.querySelector('.s-reworded'))!;
      return [row.querySelector('.cmp-left')!.getBoundingClientRect(), row.querySelector('.cmp-right')!.getBoundingClientRect()].map(
        (b) => ({ top: b.top, left: b.left }),
      );
    });
    expect(r!.top).toBeGreaterThan(l!.top);
    expect(r!.left).toBe(l!.left);

    await page.tap('label[for="compare-right"]');
    expect(await page.evaluate(visible('.cmp-left:not(.cmp-empty)'))).toBe(0);
    expect(await page.evaluate(visible('.cmp-right:not(.cmp-empty)'))).toBe(rights);

    await page.focus('#compare-right');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-left');
    expect(await page.evaluate(visible('.cmp-right:not(.cmp-empty)'))).toBe(0);
    expect(await page.evaluate(visible('.cmp-left:not(.cmp-empty)'))).toBe(lefts);
    expect(await axeRun(page)).toEqual([]);
    await context.close();
  });

  it('on a phone keeps each document’s date on one line (2019年1月8日 never splits before 日)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of [COMPARE, 'compare/city-report-2012/city-report-2019/']) {
      await page.goto(siteUrl(path));
      const lines = await page.evaluate(() => {
        const box = document.querySelector('.compare-docs')!;
        const text = box.textContent ?? '';
        // Each document's date, in the brackets after its title.
        return [...text.matchAll(/（(约?\d{4}年(?:\d{1,2}月\d{1,2}日)?)）/gu)].map((m) => {
          // The date's characters, wherever the markup puts them: a range from its first to its last.
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let offset = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            const [start, end] = [m.index + 1, m.index + 1 + m[1]!.length];
            if (start >= offset && start < offset + length) range.setStart(node, start - offset);
            if (end > offset && end <= offset + length) range.setEnd(node, end - offset);
            offset += length;
          }
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return `${m[1]}: ${tops.size}`;
        });
      });
      expect(lines.length, path).toBe(2);
      for (const line of lines) expect(line, path).toMatch(/: 1$/);
    }
    await page.close();
  });

  it('on a phone breaks no switch choice, no count of names and no changed figure inside (只看右⏎边, 96⏎个, 332⏎件)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of [COMPARE, 'compare/city-report-2012/city-report-2019/']) {
      await page.goto(siteUrl(path));
      const broken = await page.evaluate(() => {
        const lines = (range: Range) =>
          new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
        const out: string[] = [];
        for (const label of document.querySelectorAll('.compare-switch label')) {
          const radio = document.getElementById(label.getAttribute('for')!)!.getBoundingClientRect();
          const words = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
          const range = document.createRange();
          range.selectNodeContents(words);
          const box = range.getBoundingClientRect();
          // The words on one line, and the radio button beside them on it.
          const middle = (r: DOMRect) => r.top + r.height / 2;
          if (lines(range) !== 1 || Math.abs(middle(radio) - middle(box)) > box.height / 2) out.push(label.textContent ?? '');
        }
        /** The range of [start, end) of an element's text. */
        const rangeOf = (el: Element, start: number, end: number): Range => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let offset = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            if (start >= offset && start < offset + length) range.setStart(node, start - offset);
            if (end > offset && end <= offset + length) range.setEnd(node, end - offset);
            offset += length;
          }
          return range;
        };
        for (const summary of document.querySelectorAll('.compare-names summary')) {
          const m = /\d+ 个/u.exec(summary.textContent ?? '')!;
          if (lines(rangeOf(summary, m.index, m.index + m[0].length)) !== 1) out.push(summary.textContent ?? '');
        }
        // Each changed figure as written, after 左 and 右: "332件", "11%以上".
        for (const item of document.querySelectorAll('.compare-figures li')) {
          for (const m of (item.textContent ?? '').matchAll(/(?:：左|，右)\s*([^，\s]+)/gu)) {
            const start = m.index + m[0].length - m[1]!.length;
            if (lines(rangeOf(item, start, start + m[1]!.length)) !== 1) out.push(item.textContent ?? '');
          }
        }
        return out;
      });
      expect(broken, path).toEqual([]);
    }
    await page.close();
  });

  it('at desk width sets the sides side by side, without the switch', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl(COMPARE));
    expect(await page.evaluate(visible('.compare-switch'))).toBe(0);
    const [l, r] = await page.evaluate(() => {
      const row = [...document.querySelectorAll('.cmp-row')].find((x) => x.querySelector('.s-reworded'))!;
      return [row.querySelector('.cmp-left')!.getBoundingClientRect(), row.querySelector('.cmp-right')!.getBoundingClientRect()].map(
        (b) => ({ top: b.top, left: b.left }),
      );
    });
    expect(r!.top).toBe(l!.top);
    expect(r!.left).toBeGreaterThan(l!.left);
    // A line too short to be a parallel (各位代表：), on both sides, stands in one row marked shared, not twice as one side's own.
    const salutation = await page.evaluate(() =>
      [...document.querySelectorAll('.cmp-row')]
        .filter((row) => [...row.querySelectorAll('.cmp-text')].some((t) => t.textContent === '各位代表：'))
        .map((row) => [...row.querySelectorAll('.cmp-text > span')].map((x) => x.className)),
    );
    expect(salutation).toEqual([['s-shared', 's-shared']]);
    // Each heading links to its anchor on its document's page, which exists there.
    const link = await page.getAttribute('.cmp-right h3 a', 'href');
    expect(link).toMatch(/^\/reports\/shigu-report-2019\/#s\d/);
    await page.goto(siteUrl(link!.slice(1)));
    expect(await page.evaluate((id) => !!document.getElementById(id), link!.split('#')[1]!)).toBe(true);
    await page.close();
  });
});

describe("a report's parallel passages", () => {
  it('open by keyboard and by touch, and link to the other paragraph with the shared words marked', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/shigu-report-2019/'));
    expect(await page.locator(`a[href^="/compare/"]`).count()).toBeGreaterThanOrEqual(4);
    // The passages are on the report's list of parallels, linked from its end.
    const toList = page.getByRole('link', { name: /逐段查看这 \d+ 段/ });
    await toList.scrollIntoViewIfNeeded();
    await toList.tap();
    await page.waitForURL((url) => url.pathname === '/reports/shigu-report-2019/parallels/');
    const items = page.locator('.parallels-item');
    expect(await items.count()).toBeGreaterThan(10);
    await items.nth(0).locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await items.nth(0).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await items
      .nth(1)
      .locator('summary')
      .tap({ position: { x: 2, y: 8 } });
    expect(await items.nth(1).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const first = items.nth(0).locator('li').first();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    const href = await first.locator('.parallel-source a').getAttribute('href');
    expect(href).toMatch(/^\/reports\/[a-z0-9-]+\/#/);
    await context.close();
  });
});
