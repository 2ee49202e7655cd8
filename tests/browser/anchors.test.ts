/**
 * An id the site published that now leads elsewhere (an alias in
 * content/anchors/) lands on its block without JavaScript: the page scrolls to
 * it and shows it as the target. (Axe checks the report pages, alias spans
 * included, in the a11y sweep.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnchors } from '../../src/data/load-anchors.ts';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/content.ts';

const contentDir = join(projectRoot, 'content');
const aliases = readdirSync(join(contentDir, 'anchors')).flatMap((file) => {
  const slug = file.replace(/\.yaml$/, '');
  return [...loadAnchors(contentDir, projectRoot, slug).aliases].map(([from, to]) => ({ slug, from, to }));
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('published ids kept as aliases', () => {
  it('exist in the registries', () => {
    expect(aliases.length).toBeGreaterThan(0);
  });

  it('each lead to their block with JavaScript off: scrolled into view and shown as the target', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    for (const { slug, from, to } of aliases) {
      await page.goto(siteUrl(`reports/${slug}/#${from}`));
      const block = page.locator(`[id="${to}"]`);
      // The browser keeps the fragment in view while the page settles (fonts, content-visibility); read it once it has.
      const top = () => block.evaluate((e) => e.getBoundingClientRect().top);
      await expect
        .poll(async () => Math.floor(await top()) >= 0 && (await top()) < 100, { message: `#${from} scrolls to #${to}`, timeout: 5_000 })
        .toBe(true);
      expect(await block.evaluate((e) => getComputedStyle(e).backgroundColor), `#${from} highlights #${to}`).not.toBe('rgba(0, 0, 0, 0)');
      expect(await page.locator(`[id="${to}"] > span.anchor-alias[id="${from}"]`).count()).toBe(1);
    }
    await context.close();
  });
});
