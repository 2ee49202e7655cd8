/**
 * Printing a report: the page's URL sits in the page margin (not fixed over
 * the text), every page is numbered and headed with the document's title
 * (@page margin boxes from /print/<slug>.css), annotations and markers print
 * as plain text, and the site's chrome stays off the paper.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { printStylesheet } from '../../src/views/print-stylesheet.ts';
import { launchBrowser, siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const reports = readdirSync('dist/reports');

/** A CSS string as Chromium serialises it (CSSOM: `\"`, `\\` and `\<hex> `) back to its text. */
const cssStringValue = (serialised: string) =>
  serialised
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?|\\(.)/gis, (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : char!,
    );

/** A stylesheet as Chromium parses it: its top-level rules, and the content of each @page margin box. */
async function parsePrintCss(page: Page, css: string): Promise<{ rules: string[]; margins: Record<string, string> }> {
  const parsed = await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const rules = [...sheet.cssRules];
    // CSSMarginRule (a name and a style) is not in TypeScript's DOM types yet.
    type MarginRule = CSSRule & { name: string; style: CSSStyleDeclaration };
    const margins = rules.flatMap((rule) =>
      rule instanceof CSSPageRule
        ? [...rule.cssRules].map((m): [string, string] => [(m as MarginRule).name, (m as MarginRule).style.content])
        : [],
    );
    return { rules: rules.map((rule) => rule.constructor.name), margins };
  }, css);
  return { rules: parsed.rules, margins: Object.fromEntries(parsed.margins.map(([name, content]) => [name, cssStringValue(content)])) };
}

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
        // The ¶ prints as the paragraph's anchor and a long document's contents print (tests/browser/reader-walk.test.ts).
        chrome: shown('.site-header, .toc:not(.toc-print), .doc-pager, .reading-toggle'),
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

  it('running heads carry each document’s title, and every page its number', async () => {
    const titles = new Map<string, string>();
    for (const html of reports.map((slug) => [slug, readFileSync(`dist/reports/${slug}/index.html`, 'utf8')] as const)) {
      titles.set(html[0], html[1].match(/data-doc-title="([^"]+)"/)![1]!);
    }
    const page = await browser.newPage();
    for (const slug of reports) {
      const { rules, margins } = await parsePrintCss(page, readFileSync(`dist/print/${slug}.css`, 'utf8'));
      expect(rules).toEqual(['CSSPageRule']);
      expect(margins['top-center']).toBe(titles.get(slug));
    }
    await page.close();
    const site = readdirSync('dist/_astro')
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(`dist/_astro/${f}`, 'utf8'))
      .join('\n');
    expect(site).toMatch(/@bottom-right\s*\{\s*content:\s*counter\(page\)/);
  });
});

describe('print stylesheet of a hostile title (tests/fixtures/faults/hostile-titles.yaml)', () => {
  const titles = parse(readFileSync('tests/fixtures/faults/hostile-titles.yaml', 'utf8')) as string[];

  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });
  afterAll(() => page.close());

  it.each(titles.map((title) => [JSON.stringify(title), title]))('%s stays one string in the running head', async (_, title) => {
    const url = 'https://example.org/reports/x/?a="b"';
    const { rules, margins } = await parsePrintCss(page, printStylesheet(title, url));
    expect(rules).toEqual(['CSSPageRule']);
    expect(margins).toEqual({ 'top-center': title, 'bottom-left': url });
  });
});
