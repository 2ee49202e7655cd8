/**
 * The target charts as drawn by the browser: at 360, 390 and 1280 px no two
 * labels (values, goal, the site's projection) overlap, and none leaves the
 * drawing. Every target page with a chart is checked, among them forest cover,
 * park industry and sewage, whose labels used to collide.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

const charted = readdirSync('dist/targets', { withFileTypes: true })
  .filter((d) => d.isDirectory() && readFileSync(`dist/targets/${d.name}/index.html`, 'utf8').includes('class="target-chart"'))
  .map((d) => d.name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('target charts', () => {
  it('include the charts that had colliding labels', () => {
    expect(charted).toEqual(expect.arrayContaining(['forest-cover', 'park-industry-share', 'sewage-treatment']));
    expect(charted.length).toBeGreaterThan(10);
  });

  it.each([360, 390, 1280])('place no label over another or outside the drawing at %i px', { timeout: 180_000 }, async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    for (const id of charted) {
      await page.goto(siteUrl(`targets/${id}/`));
      const found = await page.locator('.target-chart svg').evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const boxes = [...svg.querySelectorAll('.chart-label')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        const out: string[] = [];
        boxes.forEach((a, i) => {
          for (const b of boxes.slice(i + 1)) {
            const hit = a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom;
            if (hit) out.push(`"${a.text}" overlaps "${b.text}"`);
          }
          if (a.box.left < frame.left - 0.5 || a.box.right > frame.right + 0.5 || a.box.top < frame.top - 0.5)
            out.push(`"${a.text}" leaves the drawing`);
        });
        return out;
      });
      problems.push(...found.map((f) => `${id}: ${f}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
