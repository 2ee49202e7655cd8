/**
 * Printing a report: the page's URL sits in the page margin (not fixed over
 * the text), every page is numbered and headed with the document's title
 * (@page margin boxes from /print/<slug>.css), annotations and markers print
 * as plain text, and the site's chrome stays off the paper.
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

const reports = readdirSync('dist/reports');

describe('print', () => {
  it.each(reports)('%s prints its text alone: no fixed footer, no underlines, no markers, no chrome', async (slug) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl(`reports/${slug}/`));
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const shown = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.checkVisibility()).length;
      const annotation = document.querySelector<HTMLElement>('.report-body a.term, .report-body a.entity');
      const a = annotation ? getComputedStyle(annotation) : undefined;
      return {
        fixed: [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => getComputedStyle(el).position === 'fixed' && el.checkVisibility())
          .map((el) => el.className),
        underlined: a ? a.borderBottomStyle !== 'none' || a.textDecorationLine !== 'none' : false,
        markers: shown('.target-badge'),
        chrome: shown('.site-header, .toc, .doc-pager, .reading-toggle, .para-link'),
        printCss: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][media="print"]')].map(
          (l) => new URL(l.href).pathname,
        ),
      };
    });
    expect(look.fixed).toEqual([]);
    expect(look.underlined).toBe(false);
    expect(look.markers).toBe(0);
    expect(look.chrome).toBe(0);
    expect(look.printCss).toEqual([`/print/${slug}.css`]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('running heads carry each document’s title, and every page its number', () => {
    const titles = new Map<string, string>();
    for (const html of reports.map((slug) => [slug, readFileSync(`dist/reports/${slug}/index.html`, 'utf8')] as const)) {
      titles.set(html[0], html[1].match(/data-doc-title="([^"]+)"/)![1]!);
    }
    for (const slug of reports) {
      const css = readFileSync(`dist/print/${slug}.css`, 'utf8');
      expect(css).toContain(`@top-center { content: "${titles.get(slug)}"; }`);
    }
    const site = readdirSync('dist/_astro')
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(`dist/_astro/${f}`, 'utf8'))
      .join('\n');
    expect(site).toMatch(/@bottom-right\s*\{\s*content:\s*counter\(page\)/);
  });
});
