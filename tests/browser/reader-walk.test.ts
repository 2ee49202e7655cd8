/**
 * A reader's walk through the site on a phone and a desktop (issue 31): the
 * contents lead to the section, a copied paragraph is the source's words
 * only, a link that quotes a paragraph marks the words and shows the heading
 * above them, the tracker keeps its column labels and filters from its
 * counts, print carries the anchors and contents, and small targets are
 * large enough to tap.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, siteUrl, tapOnPhone } from '../helpers/browser.ts';
import { breaksInsideWords, layoutProblems } from '../helpers/layout.ts';

const PLAN = 'reports/five-year-plan-2016-2020/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const phone = () => phoneContext(browser);

/** Where an element sits in the window, after the page has settled. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    });

describe('contents on a phone', () => {
  it('a tapped entry leads to its section and the page stays there', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(siteUrl(PLAN));
    await page.locator('.toc summary').tap();
    const entry = page.locator('.toc a[href="#s11"]');
    await entry.scrollIntoViewIfNeeded();
    await entry.tap();
    await page.waitForURL(/#s11$/);
    // Give the scroll handlers time to run: the old one pulled the page back to the list.
    await page.waitForTimeout(600);
    const heading = await box(page, '#s11');
    expect(heading.top).toBeGreaterThanOrEqual(-1);
    expect(heading.top).toBeLessThan(200);
    expect(await page.locator('.toc a[aria-current]').getAttribute('href')).toBe('#s11');
    await context.close();
  });

  it('on a desktop the sidebar follows the reading, scrolling only itself', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl(`${PLAN}#s13`));
    await page.waitForTimeout(600);
    const y = await page.evaluate(() => scrollY);
    const current = page.locator('.toc a[aria-current]');
    expect(await current.getAttribute('href')).toMatch(/^#s13/);
    const inSidebar = await current.evaluate((a) => {
      const toc = a.closest('.toc')!.getBoundingClientRect();
      const r = a.getBoundingClientRect();
      return r.top >= toc.top && r.bottom <= toc.bottom;
    });
    expect(inSidebar).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(y);
    await context.close();
  });
});

describe('copying a paragraph', () => {
  it('copies the source’s words only: no marker labels, joiners or ¶', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(siteUrl(PLAN));
    const paragraph = page.locator('.report-body p:has(a.target-badge)').first();
    await paragraph.scrollIntoViewIfNeeded();
    const { selected, source } = await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      // The paragraph's own text: its text nodes outside page furniture, as the fidelity check reads it.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let source = '';
      while (walker.nextNode()) if (!walker.currentNode.parentElement!.closest('[data-chrome]')) source += walker.currentNode.textContent;
      return { selected: selection.toString(), source };
    });
    expect(selected).toBe(source);
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(source);
    expect(copied).not.toMatch(/[\u2060¶]/u);
    await context.close();
  });

  it.each(readdirSync('dist/reports'))(
    '%s: a selection of the whole text copies the source’s words and nothing of the site’s',
    async (slug) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      await page.goto(siteUrl(`reports/${slug}/`));
      // Across headings, figures, boxes and lists: the site's notes between paragraphs (a figure the text only names) stay out.
      const source = await page.locator('.report-body').evaluate((body) => {
        const range = document.createRange();
        range.selectNodeContents(body);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let text = '';
        while (walker.nextNode()) if (!walker.currentNode.parentElement!.closest('[data-chrome]')) text += walker.currentNode.textContent;
        return text;
      });
      await page.keyboard.press('Control+C');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const [got, want] = [copied, source].map((text) => text.replace(/\s+/gu, '')) as [string, string];
      // The first place the copy departs from the source, with what follows it on each side.
      let at = 0;
      while (at < got.length && got[at] === want[at]) at++;
      expect(got.slice(at, at + 30), `after “${want.slice(at - 15, at)}”`).toBe(want.slice(at, at + 30));
      await context.close();
    },
  );
});

describe('arriving at a quote', () => {
  it.each([
    ['a target page’s goal', 'targets/forest-cover/', '.target-facts dd a'],
    ['an entity page’s mention', 'entities/huai-shao-heng-railway/', 'a.mention-sentence'],
    ['the project list', 'projects/', 'a.mention-sentence'],
  ])('from %s: the quoted words are marked, with the heading above them in view', async (_, from, link) => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(siteUrl(from));
    const a = page.locator(link).first();
    const quoted = new URL(await a.evaluate((el: HTMLAnchorElement) => el.href)).searchParams.get('hl');
    expect(quoted).toBeTruthy();
    await a.tap();
    await page.waitForURL(/#/);
    await page.locator('mark.search-hit').first().waitFor();
    await page.waitForTimeout(800);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const marked = await page.locator(`[id="${id}"] mark.search-hit`).allTextContents();
    expect(marked.join('')).toContain(quoted);
    const mark = await box(page, `[id="${id}"] mark.search-hit`);
    expect(mark.top).toBeGreaterThanOrEqual(0);
    expect(mark.bottom).toBeLessThanOrEqual(844);
    // The heading of the section, when heading and quote fit one screen, is whole at the top.
    const heading = await page.locator(`[id="${id}"]`).evaluate((p) => {
      for (let el: Element | null = p; el && !el.matches('article'); el = el.parentElement)
        for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling)
          if (/^H[2-6]$/.test(prev.tagName)) {
            const r = prev.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, gap: p.getBoundingClientRect().top - r.top };
          }
      return undefined;
    });
    if (heading && heading.gap < 600) {
      expect(heading.top).toBeGreaterThanOrEqual(0);
      expect(heading.bottom).toBeLessThan(844);
    }
    await context.close();
  });
});

describe('the tracker on a desktop', () => {
  it('keeps the column labels in view over the rows, with no filter covering them', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl('targets/'));
    // Scroll so the middle of the largest table is at the top of the window.
    const table = page.locator('.tracker-table').first();
    await table.evaluate((t) => {
      const r = t.getBoundingClientRect();
      scrollTo(0, scrollY + r.top + r.height / 2);
    });
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const t = document.querySelector('.tracker-table')!;
      const th = [...t.querySelectorAll('thead th')].find((h) => h.textContent === '目标')!;
      const r = th.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      // The first body row below the labels is not covered either.
      const row = [...t.querySelectorAll('tbody tr')].find((tr) => tr.getBoundingClientRect().top >= r.bottom)!;
      const rr = row.querySelector('th')!.getBoundingClientRect();
      const rowHit = document.elementFromPoint(rr.left + 4, rr.top + 4);
      return { top: r.top, labelVisible: th.contains(hit), rowVisible: row.contains(rowHit) };
    });
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.top).toBeLessThan(250);
    expect(seen.labelVisible).toBe(true);
    expect(seen.rowVisible).toBe(true);
    await context.close();
  });

  it('filters by a status count, by click and by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl('targets/'));
    const shownStatuses = () =>
      page
        .locator('tbody tr')
        .evaluateAll((rows) => [...new Set(rows.filter((r) => r.checkVisibility()).map((r) => r.getAttribute('data-status')))]);
    const count = page.locator('.tracker-summary .counts li').filter({ hasText: '已达成' }).first();
    await count.click();
    expect(await shownStatuses()).toEqual(['0']);
    // The keyboard: the counts are a radio group; the arrow key moves to the next status.
    await count.locator('input').focus();
    await page.keyboard.press('ArrowRight');
    expect(await shownStatuses()).toEqual(['1']);
    await context.close();
  });
});

describe('the tracker stays light', () => {
  it('shows an empty cell as a dash that a screen reader skips, reading 无, in one element', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('targets/'));
    const cells = await page.locator('.tracker-table tbody td').evaluateAll((tds) =>
      tds
        .filter((td) => !td.querySelector('a, .status'))
        .map((td) => ({
          elements: td.querySelectorAll('*').length,
          hidden: td.querySelector('.visually-hidden')?.textContent,
          dash: getComputedStyle(td, '::after').content,
        })),
    );
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.elements !== 1 || c.hidden !== '无' || !c.dash.startsWith('"—"'))).toEqual([]);
    const empty = page.locator('.tracker-table tbody td.none').first();
    expect(await empty.ariaSnapshot()).toBe('- cell "无"');
    await context.close();
  });

  it.each([390, 1280])(
    'at %i px, a table not yet laid out already takes the room its rows need, so it never overlaps the next',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(siteUrl('targets/'));
      const short = await page.evaluate(() => {
        const groups = [...document.querySelectorAll<HTMLElement>('.area-group')];
        const reckoned = groups.map((g) => g.getBoundingClientRect().height);
        for (const g of groups) g.style.contentVisibility = 'visible';
        return groups
          .map((g, i) => ({ rows: g.dataset.rows, reckoned: Math.round(reckoned[i]!), real: Math.round(g.getBoundingClientRect().height) }))
          .filter((g) => g.reckoned < g.real);
      });
      expect(short).toEqual([]);
      await context.close();
    },
  );

  it('filters with JavaScript by classes, without a :has() rule for every row to match', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('targets/'));
    const hasRules = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => (rule instanceof CSSStyleRule ? [rule.selectorText] : []))
        .filter((selector) => selector.includes(':has(') && /data-(status|area)/.test(selector)),
    );
    expect(hasRules).toEqual([]);
    await page.getByRole('radio', { name: '生态' }).check();
    expect(await page.locator('.area-group:visible h3').allTextContents()).toEqual(expect.arrayContaining(['生态']));
    for (const h of await page.locator('.area-group:visible h3').allTextContents()) expect(h).toBe('生态');
    await context.close();
  });
});

describe('the glossary index', () => {
  it('filters by category with JavaScript by classes, with no :has() rule in its stylesheets, and shows only that category', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('glossary/'));
    const hasRules = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => (rule instanceof CSSStyleRule ? [rule.selectorText] : []))
        .filter((selector) => selector.includes(':has(') && /category|term-item/.test(selector)),
    );
    expect(hasRules).toEqual([]);
    const all = await page.locator('.term-item:visible').count();
    await page.getByRole('radio', { name: '生态环保' }).check();
    const shown = await page.locator('.term-item:visible .term-cat').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(new Set(shown)).toEqual(new Set(['生态环保']));
    await page.getByRole('radio', { name: '全部' }).check();
    expect(await page.locator('.term-item:visible').count()).toBe(all);
    await context.close();
  });
});

describe('small targets on a phone', () => {
  it('target markers, heading links and ¶ are at least 24 × 24 px', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(siteUrl(PLAN));
    for (const selector of ['.report-body a.target-badge', '.report-body .heading-link', '.report-body .para-link']) {
      const b = await box(page, selector);
      expect(b.width, selector).toBeGreaterThanOrEqual(24);
      expect(b.height, selector).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });
});

describe('print', () => {
  it('prints each paragraph’s anchor, the contents of a long document, and no empty figure boxes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl(PLAN));
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const p = document.querySelector('.report-body p[id]')!;
      const link = p.querySelector('.para-link')!;
      const toc = document.querySelector<HTMLElement>('.toc')!;
      const figure = document.querySelector('figure.figure-placeholder')!;
      return {
        id: p.id,
        printed: getComputedStyle(link, '::before').content,
        linkShown: link.checkVisibility(),
        linkWidth: link.getBoundingClientRect().width,
        toc: toc.checkVisibility(),
        chapters: [...toc.querySelectorAll<HTMLElement>('.toc-depth-2 a')].filter((a) => a.checkVisibility()).length,
        figureBorder: getComputedStyle(figure).borderTopStyle,
      };
    });
    expect(look.linkShown).toBe(true);
    // The ¶ link prints its own href, "#<id>": the anchor a citation gives.
    expect(['attr(href)', `"#${look.id}"`]).toContain(look.printed);
    expect(look.linkWidth).toBeGreaterThan(20);
    expect(look.toc).toBe(true);
    expect(look.chapters).toBe(14);
    expect(look.figureBorder).not.toBe('dashed');
    await context.close();
  });

  it.each([1280, 794])('at %i px on paper, 目录 follows the title block’s rule as the text would, with no blank gap', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 1123 } });
    const page = await context.newPage();
    await page.goto(siteUrl(PLAN));
    await page.emulateMedia({ media: 'print' });
    const gap = await page.evaluate(() => {
      const rule = document.querySelector('.title-block')!.getBoundingClientRect().bottom;
      const toc = document.querySelector<HTMLElement>('.toc-print')!;
      // 目录 is the contents' ::before, at the top of its content box.
      const style = getComputedStyle(toc);
      return toc.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) - rule;
    });
    // The title block's own margin (1.5rem) and no more.
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(32);
    await context.close();
  });

  it.each(['five-year-plan-2016-2020', 'city-report-2019'])(
    '%s on paper: the title first, then the contents, and every anchor printed as the page has it, in order',
    // The plan prints 69 pages, which poppler then reads: at a load average of 40 that took 65 s.
    { timeout: 180_000 },
    async (slug) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(siteUrl(`reports/${slug}/`));
      await page.emulateMedia({ media: 'print' });
      // What the paper should carry after the title: the contents' anchors (a long document's), then the text's.
      const { title, anchors, contents } = await page.evaluate(() => ({
        title: document.querySelector('.title-block h1')!.textContent.replace(/\s+/gu, ''),
        contents: [...document.querySelectorAll<HTMLElement>('.toc-print a[href^="#"]')].filter((a) => a.checkVisibility()).length > 0,
        anchors: [...document.querySelectorAll<HTMLElement>('.toc-print a[href^="#"], .report-body :is(.para-link, .heading-link)')]
          .filter((a) => a.checkVisibility())
          .map((a) => a.getAttribute('href')!),
      }));
      const dir = mkdtempSync(join(tmpdir(), 'hy-print-'));
      try {
        writeFileSync(join(dir, 'doc.pdf'), await page.pdf({ format: 'A4' }));
        // Read back by poppler, as a reader's PDF viewer would show it.
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' }).replace(
          /[ \t]+/gu,
          '',
        );
        const titleAt = text.indexOf(title);
        expect(titleAt).toBeGreaterThanOrEqual(0);
        if (contents) expect(text.indexOf('目录\n')).toBeGreaterThan(titleAt);
        expect(text.slice(titleAt).match(/#[a-z][a-z0-9-]*/gu)).toEqual(anchors);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await context.close();
    },
  );
});

describe('notes and citations', () => {
  it('the glossary sheet on a phone has a close button, and its figures do not break (“2016—2020年”)', async () => {
    const { context, page } = await tapOnPhone(browser, PLAN, (p) => p.locator('.report-body a.term[data-term="shi-san-wu"]').first());
    const sheet = page.locator('#annotation-popover');
    await sheet.getByText('2016—2020年').waitFor();
    // The figure is kept whole: its dash never starts a line.
    expect(await sheet.locator('.nobr', { hasText: '2016—2020年' }).count()).toBe(1);
    await sheet.getByRole('button', { name: '关闭' }).tap();
    await expect(sheet.evaluate((el) => el.matches(':popover-open'))).resolves.toBe(false);
    await context.close();
  });

  it.each(['city-report-2019', 'five-year-plan-2016-2020'])(
    '%s on a phone: no note of any kind breaks a figure or starts a line with closing punctuation',
    { timeout: 180_000 },
    async (slug) => {
      const context = await phone();
      const page = await context.newPage();
      await page.goto(siteUrl(`reports/${slug}/`));
      // The first few words of each kind with a note of their own: terms, names (their mentions name other documents' titles), target and parallels markers.
      const words = await page.evaluate(() => {
        const picked: number[] = [];
        const all = [...document.querySelectorAll<HTMLElement>('.report-body :is(a.term, a.entity, a.target-badge, a.parallel-marker)')];
        for (const kind of ['term', 'entity', 'target-badge', 'parallel-marker']) {
          const seen = new Set<string>();
          all.forEach((a, i) => {
            const key = a.dataset.term ?? a.dataset.entity ?? a.getAttribute('href')!;
            if (a.classList.contains(kind) && !seen.has(key) && seen.size < 8) {
              seen.add(key);
              picked.push(i);
            }
          });
        }
        return picked;
      });
      const problems: string[] = [];
      for (const i of words) {
        const word = page.locator('.report-body :is(a.term, a.entity, a.target-badge, a.parallel-marker)').nth(i);
        await word.focus();
        const note = page.locator('#annotation-popover');
        await note.locator('.pop-title').waitFor();
        const found = await layoutProblems(page, '#annotation-popover');
        problems.push(...found.badLineStarts, ...found.wrappedFigures.map((f) => `figure wraps: ${f}`));
        await page.keyboard.press('Escape');
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it.each([390, 1280])('at %i px the citation of a paragraph never covers that paragraph', async (width) => {
    const context = width < 600 ? await phone() : await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl('reports/city-report-2019/'));
    // A paragraph whose ¶ sits near the bottom of the window: the old placement moved the note up over the text.
    const p = page.locator('.report-body p[id]').nth(6);
    await p.evaluate((el) => scrollTo(0, scrollY + el.getBoundingClientRect().bottom - innerHeight + 20));
    await p.locator('.para-link').click();
    const popover = page.locator('#cite-popover');
    await popover.locator('.cite-copy').first().waitFor();
    const [note, text] = await Promise.all([popover.boundingBox(), p.boundingBox()]);
    const overlap = Math.min(note!.y + note!.height, text!.y + text!.height) - Math.max(note!.y, text!.y);
    // Where the paragraph and the note fit on one screen together, the note never covers it; where they
    // cannot, the paragraph's start stays in view.
    const fits = text!.height + note!.height + 3 * 8 <= page.viewportSize()!.height;
    if (fits) expect(overlap).toBeLessThanOrEqual(0);
    else expect(text!.y).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});

describe('headings on a phone', () => {
  it('the plan’s headings break at spaces and punctuation, never inside a word, and no ¶ or # stands alone on a line', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(siteUrl(PLAN));
    const bad = await breaksInsideWords(page, '.title-block h1, .report-body :is(h2, h3, h4)');
    expect(bad).toEqual([]);
    await context.close();
  });
});

describe('paragraph links on a phone', () => {
  it('no paragraph’s ¶ stands alone on a line: it follows the paragraph’s last character', async () => {
    const context = await phone();
    const page = await context.newPage();
    const alone: string[] = [];
    for (const slug of readdirSync('dist/reports')) {
      await page.goto(siteUrl(`reports/${slug}/`));
      const found = await page.evaluate(() => {
        const range = document.createRange();
        const out: string[] = [];
        for (const link of document.querySelectorAll<HTMLElement>('.report-body :is(p, li, dd, figcaption) > .para-link')) {
          // The last character of the block's own text before its ¶.
          const walker = document.createTreeWalker(link.parentElement!, NodeFilter.SHOW_TEXT);
          let last: Text | undefined;
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            if (node.data.trim() && node.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING) last = node;
          }
          if (!last) continue;
          const at = last.data.trimEnd().length - 1;
          range.setStart(last, at);
          range.setEnd(last, at + 1);
          if (link.getBoundingClientRect().top > range.getBoundingClientRect().top + 8)
            out.push(`${link.parentElement!.id}: …${last.data.slice(-8)}⏎¶`);
        }
        return out;
      });
      alone.push(...found.map((f) => `${slug} ${f}`));
    }
    expect(alone).toEqual([]);
    await context.close();
  });
});

describe('title blocks on a phone', () => {
  it('every document’s title, kicker, date and byline lines break between words, never inside one', async () => {
    const context = await phone();
    const page = await context.newPage();
    const bad: string[] = [];
    for (const slug of readdirSync('dist/reports')) {
      await page.goto(siteUrl(`reports/${slug}/`));
      const lines = '.title-block :is(h1, .front-kicker, .front-date, .front-byline, .front-note)';
      bad.push(...(await breaksInsideWords(page, lines)).map((line) => `${slug}: ${line}`));
    }
    expect(bad).toEqual([]);
    await context.close();
  });
});

describe('contents on a desktop', () => {
  it('the plan’s contents entries break at spaces and punctuation, never inside a word', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl(PLAN));
    expect(await breaksInsideWords(page, '.toc li a')).toEqual([]);
    await context.close();
  });
});
