/**
 * Visits every page of the built site in one colour scheme, running axe-core
 * (WCAG 2.2 AA) and collecting console errors and warnings; also a report with
 * a glossary toggletip and an entity popover open.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeRun, preloadAxe } from './axe.ts';
import { launchBrowser, siteUrl } from './browser.ts';

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [relative('dist', path).replace(/index\.html$/, '')] : [];
  });
}

export function sweep(colorScheme: 'light' | 'dark'): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  describe(`every page, ${colorScheme} theme`, () => {
    // About 1,200 pages; on a busy 2-core machine one theme has taken 15 minutes.
    it('axe finds nothing and the console stays quiet', { timeout: 1_500_000 }, async () => {
      const pages = htmlPages('dist');
      expect(pages.length).toBeGreaterThan(1100);
      const context = await browser.newContext({ colorScheme });
      await preloadAxe(context);
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') failures.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => failures.push(`${page.url()}: ${e.message}`));
      for (const path of pages) {
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        for (const v of await axeRun(page)) failures.push(`${path}: ${v}`);
      }
      expect(failures).toEqual([]);
      await context.close();
    });

    it('axe finds nothing with a glossary toggletip and an entity popover open', async () => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      await preloadAxe(context);
      const page = await context.newPage();
      await page.goto(siteUrl('reports/shigu-report-2019/'));
      await page.locator('.report-body a.term').first().hover();
      await page.locator('#annotation-popover .pop-link').waitFor();
      expect(await axeRun(page)).toEqual([]);
      await page.locator('.report-body a.entity').first().hover();
      await page.locator('#annotation-popover .pop-link', { hasText: '处提及' }).waitFor();
      expect(await axeRun(page)).toEqual([]);
      await context.close();
    });
  });
}
