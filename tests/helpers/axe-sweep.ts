/**
 * Visits pages of the built site, running axe-core (WCAG 2.2 AA) on each in the
 * light and then the dark colour scheme (switched in place, as a system theme
 * change does, so each page loads once) and collecting console errors and
 * warnings; also a report with a glossary toggletip and an entity popover
 * open, and one in plain reading mode. Every run covers every page that is not
 * an entry (reports, indexes, search, data, 404 …) and the entry pages that
 * show each variant of their template (the `pages` part), and a seeded random
 * sample of the other entries (the `entries` part); `npm run test:full`
 * (HY_AXE_FULL=1) visits every page. This is the one place the pages' own
 * states are checked with axe; other tests run axe only on states they make.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.ts';
import { axeRun, preloadAxe } from './axe.ts';
import { builtSiteData } from './content.ts';
import { launchBrowser, siteUrl } from './browser.ts';

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [relative('dist', path).replace(/index\.html$/, '')] : [];
  });
}

/** Pages made from one template per entry: a sample of each stands for the rest. */
const ENTRY_TEMPLATES = [/^glossary\/[^/]+\/$/, /^entities\/[^/]+\/$/, /^targets\/[^/]+\/$/];
const SAMPLE_PER_TEMPLATE = 30;
/** Always visited: each shows a part of its template the others may lack. */
export const PINNED = [
  'glossary/fang-guan-fu/', // a term with members and several documents
  'entities/huai-shao-heng-railway/', // a project with an arc across years and a mention of its part only
  'entities/forest-coverage/', // an indicator with its timeline of figures
  'targets/forest-cover/', // a target with its projection
  'targets/gdp-total-2020/', // a target with figures of other scopes
];
const SEED = Number(process.env.HY_AXE_SEED ?? 20161);

export interface Sweep {
  /** Every page that is not an entry, and the pinned entries. */
  pages: string[];
  /** The sampled entries (all the others in a full sweep). */
  entries: string[];
}

export function pagesToSweep(all: string[], full = Boolean(process.env.HY_AXE_FULL), seed = SEED): Sweep {
  const pages = [...all.filter((p) => !ENTRY_TEMPLATES.some((t) => t.test(p))), ...PINNED.filter((p) => all.includes(p))];
  if (full) return { pages, entries: all.filter((p) => !pages.includes(p)) };
  // Seeded, so a failing sample can be visited again with the same seed.
  const next = seededRandom(seed);
  const sample = ENTRY_TEMPLATES.flatMap((template) => {
    const pages = all.filter((p) => template.test(p) && !PINNED.includes(p));
    // Fisher-Yates on a copy, then the first ones.
    for (let i = pages.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [pages[i], pages[j]] = [pages[j]!, pages[i]!];
    }
    return pages.slice(0, SAMPLE_PER_TEMPLATE);
  });
  return { pages, entries: sample };
}

const THEMES = ['light', 'dark'] as const;

export function sweep(part: keyof Sweep): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  const full = Boolean(process.env.HY_AXE_FULL);
  const what =
    part === 'pages' ? 'every page that is not an entry, and the pinned entries' : `${full ? 'every' : 'a sample of each'} entry template`;
  describe(`${what}, light and dark`, () => {
    // The full sweep is about 1,200 pages; on a busy 2-core machine it has taken 30 minutes.
    it('axe finds nothing and the console stays quiet', { timeout: 2_400_000 }, async () => {
      const all = htmlPages('dist');
      // The sweep draws from the whole built site: every report, term and target the site data lists has its page.
      const data = builtSiteData();
      const listed = [
        ...data.documents.map((d) => `reports/${d.slug}/`),
        ...data.glossary.map((t) => `glossary/${t.id}/`),
        ...data.targets.map((t) => `targets/${t.id}/`),
      ];
      expect(listed.filter((p) => !all.includes(p))).toEqual([]);
      const pages = pagesToSweep(all)[part];
      console.log(`axe, ${part}: ${pages.length} of ${all.length} pages, light and dark (seed ${SEED}${full ? ', full sweep' : ''})`);
      const context = await browser.newContext({ colorScheme: 'light' });
      await preloadAxe(context);
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') failures.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => failures.push(`${page.url()}: ${e.message}`));
      for (const path of pages) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        for (const colorScheme of THEMES) {
          await page.emulateMedia({ colorScheme });
          for (const v of await axeRun(page)) failures.push(`${path} (${colorScheme}): ${v}`);
        }
      }
      expect(failures).toEqual([]);
      await context.close();
    });

    if (part !== 'pages') return;
    for (const colorScheme of THEMES) {
      it(`axe finds nothing with a glossary toggletip and an entity popover open (${colorScheme})`, async () => {
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

      it(`axe finds nothing in plain reading mode (${colorScheme})`, async () => {
        const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
        await preloadAxe(context);
        const page = await context.newPage();
        await page.goto(siteUrl('reports/shigu-report-2019/'));
        await page.getByRole('button', { name: '纯文本阅读' }).click();
        await page.waitForFunction(() => document.documentElement.dataset.reading === 'plain');
        expect(await axeRun(page)).toEqual([]);
        await context.close();
      });
    }
  });
}
