/**
 * The text path measured through tools nobody here wrote (tests/helpers/real-tools.ts):
 * the five sources and two synthetic reports, printed to PDF by Chromium in four
 * page layouts and extracted by pdftotext (default, -raw) and pdf.js, plus a
 * plain-text re-wrapper at two counts. Each text is converted as a new document
 * by the build's own `convertSource` and compared with the structure the
 * converter reads from the original: the share of paragraphs back whole with
 * identical text (whitespace aside) and of headings back at the right level.
 * The goal (issue #28) is 98 % of each in every variant; it is not met yet. The test
 * prints every variant, worst first, with its gap to the goal, and holds the floors
 * reached so far per tool (FLOORS): before the rules for print furniture, line pieces,
 * radicals and units the worst variant held 0.7 % of paragraphs (pdf.js) and
 * 65 % (pdftotext -raw); now every variant holds 96 % of paragraphs and 98 % of headings or more.
 * HY_CORPUS_DIR=<folder> keeps the PDFs between runs; HY_CORPUS_EXTRACTS=1 also writes each extracted text there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertSource } from '../../src/conversion/convert-source.ts';
import type { DocumentTree } from '../../src/conversion/document-tree.ts';
import { loadDocuments } from '../../src/data/content.ts';
import { type DocumentMeta, documentSchema } from '../../src/data/documents-schema.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentTexts } from '../../src/conversion/lists.ts';
import { EXTRACTORS, type Extractor, LAYOUTS, extractText, printPdf, rewrap, toHtml } from '../helpers/real-tools.ts';
import { synthetic } from '../helpers/typeset.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** The goal: what every variant should hold. Printed, not yet asserted. */
const GOAL = 0.98;
/**
 * What every variant of each tool holds now (its worst measured over the full matrix, less about a point): a rule that
 * loses ground fails here. `pdftotext -raw`, which breaks set lines into pieces, holds least.
 */
const FLOORS: Record<Extractor | 'rewrap', { paragraphs: number; headings: number }> = {
  pdftotext: { paragraphs: 0.955, headings: 0.99 },
  'pdftotext-raw': { paragraphs: 0.955, headings: 0.99 },
  pdfjs: { paragraphs: 0.955, headings: 0.99 },
  rewrap: { paragraphs: 0.95, headings: 0.97 },
};
/** A folder to keep the PDFs in between runs while working on the rules (they are printed again only when their page changes). */
const KEEP = process.env.HY_CORPUS_DIR;
/**
 * `npm run test:full` (HY_CORPUS_FULL=1) prints every text in every layout. `npm test` prints one layout, within a
 * point of each tool's worst over the full matrix (the narrow justified serif), all seven texts, through every
 * extractor, and runs the re-wrapper at both counts: printing is most of the corpus's time. (A layout with only the
 * short texts is no sample: the synthetic reports alone hold less than all seven.)
 */
const FULL = process.env.HY_CORPUS_FULL === '1';
const SAMPLE = 'serif-justified-24em';

interface Text {
  name: string;
  meta: DocumentMeta;
  runningHead: string;
  tree: DocumentTree;
}

/** A synthetic report with the shapes of the real ones: a title block, three heading levels, figure-heavy paragraphs. */
function syntheticReport(seed: number): { source: string; meta: DocumentMeta } {
  const paragraphs = synthetic(seed);
  const lines = [
    '示例市政府工作报告',
    `${2020 + seed}年1月${8 + seed}日在示例市第十六届人民代表大会第${seed}次会议上`,
    '示例市人民政府市长  张明',
    '各位代表：',
  ];
  const parts = ['一', '二', '三', '四', '五', '六'];
  let p = 0;
  for (const [k, part] of parts.entries()) {
    lines.push(
      `${part}、${['过去一年工作回顾', '今年工作总体要求', '坚持创新驱动发展', '推进城乡融合发展', '持续增进民生福祉', '加强政府自身建设'][k]}`,
    );
    for (const sub of ['（一）', '（二）']) {
      lines.push(`${sub}${['加快产业转型升级', '着力扩大有效投资'][sub === '（一）' ? 0 : 1]}`);
      for (let n = 0; n < 5 && p < paragraphs.length; n++) lines.push(paragraphs[p++]!);
    }
  }
  const meta = documentSchema.parse({
    slug: `synthetic-${seed}`,
    source: `synthetic-${seed}.txt`,
    title: '示例市政府工作报告',
    display_title: `示例市${2020 + seed}年政府工作报告`,
    kind: '政府工作报告',
    issuer: '示例市人民政府',
    level: '市',
    place: { outside: '示例市' },
    date: { exact: `${2020 + seed}-01-${8 + seed}`.replace(/-(\d)$/, '-0$1') },
    reviews: { from: 2019 + seed, to: 2019 + seed },
    plans: { from: 2020 + seed, to: 2020 + seed },
    description: '合成的示例报告。',
  });
  return { source: lines.join('\n'), meta };
}

function texts(): Text[] {
  const { documents } = loadDocuments(join(ROOT, 'content'), ROOT);
  const real = documents.map((meta) => ({
    name: meta.slug,
    meta,
    runningHead: meta.display_title,
    tree: convertSource(readFileSync(join(ROOT, 'content', 'sources', meta.source)), meta, meta.source).tree,
  }));
  const made = [1, 2].map((seed) => {
    const { source, meta } = syntheticReport(seed);
    return { name: meta.slug, meta, runningHead: meta.display_title, tree: convertSource(Buffer.from(source), meta, meta.source).tree };
  });
  return [...real, ...made];
}

const compact = (s: string) => s.replace(/\s|\*\*/gu, '');

function paragraphsOf(tree: DocumentTree): string[] {
  return tree.body
    .flatMap((n) =>
      n.type === 'paragraph' || n.type === 'list' || n.type === 'table'
        ? contentTexts(n)
        : n.type === 'aside'
          ? n.children.flatMap(contentTexts)
          : [],
    )
    .map(compact);
}

/** Headings with their level: the title is level 1, a box title and a figure caption their own kinds. */
function headingsOf(tree: DocumentTree): string[] {
  const title = tree.front.filter((f) => f.role === 'title').map((f) => `h1 ${compact(f.text)}`);
  const body = tree.body.flatMap((n) =>
    n.type === 'heading'
      ? [`h${n.depth} ${compact(n.text)}`]
      : n.type === 'aside'
        ? [`box ${compact(n.title)}`]
        : n.type === 'figure'
          ? [`figure ${compact(n.caption)}`]
          : [],
  );
  return [...title, ...body];
}

/** How many of `want` are in `got`, each found once. */
function found(want: string[], got: string[]): { hits: number; missing: string[] } {
  const bag = new Map<string, number>();
  for (const g of got) bag.set(g, (bag.get(g) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of want) {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    else missing.push(w);
  }
  return { hits: want.length - missing.length, missing };
}

interface Score {
  variant: string;
  paragraphs: { hits: number; of: number };
  headings: { hits: number; of: number };
  /** Per text: its shares and first miss, for the printout. */
  notes: string[];
}

const share = (s: { hits: number; of: number }) => (s.of ? s.hits / s.of : 1);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function score(variant: string, results: { text: Text; extracted: string }[]): Score {
  const s: Score = { variant, paragraphs: { hits: 0, of: 0 }, headings: { hits: 0, of: 0 }, notes: [] };
  for (const { text, extracted } of results) {
    const want = { paragraphs: paragraphsOf(text.tree), headings: headingsOf(text.tree) };
    let got: DocumentTree;
    try {
      got = convertSource(Buffer.from(extracted), text.meta, `${text.name}.txt`).tree;
    } catch (error) {
      s.paragraphs.of += want.paragraphs.length;
      s.headings.of += want.headings.length;
      s.notes.push(`${text.name}: not converted: ${(error as Error).message.slice(0, 160)}`);
      continue;
    }
    const p = found(want.paragraphs, paragraphsOf(got));
    const h = found(want.headings, headingsOf(got));
    s.paragraphs.hits += p.hits;
    s.paragraphs.of += want.paragraphs.length;
    s.headings.hits += h.hits;
    s.headings.of += want.headings.length;
    if (p.missing.length || h.missing.length)
      s.notes.push(
        `${text.name}: paragraphs ${pct(p.hits / want.paragraphs.length)}, headings ${pct(h.hits / want.headings.length)}; first broken ${p.missing[0]?.slice(0, 30) ?? '-'} | heading ${h.missing[0]?.slice(0, 30) ?? '-'}`,
      );
  }
  return s;
}

function holds(r: Score, floor: { paragraphs: number; headings: number }): void {
  expect(share(r.paragraphs), `${r.variant} paragraphs\n${r.notes.join('\n')}`).toBeGreaterThanOrEqual(floor.paragraphs);
  expect(share(r.headings), `${r.variant} headings\n${r.notes.join('\n')}`).toBeGreaterThanOrEqual(floor.headings);
}

describe('the text path through real tools', () => {
  let browser: Browser;
  let dir: string;
  const scores: Score[] = [];
  const corpus = texts();

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = KEEP ?? mkdtempSync(join(tmpdir(), 'hy-real-tools-'));
    mkdirSync(dir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir && !KEEP) rmSync(dir, { recursive: true, force: true });
    scores.sort((a, b) => Math.min(share(a.paragraphs), share(a.headings)) - Math.min(share(b.paragraphs), share(b.headings)));
    console.log(
      [
        `Real-tool corpus, worst first (paragraphs whole, headings at their level; goal ${pct(GOAL)} each, ${scores.filter((s) => Math.min(share(s.paragraphs), share(s.headings)) < GOAL).length} of ${scores.length} variants below it):`,
      ]
        .concat(
          scores.map(
            (s) =>
              `  ${s.variant.padEnd(42)} ${pct(share(s.paragraphs)).padStart(6)} of ${s.paragraphs.of}  ${pct(share(s.headings)).padStart(6)} of ${s.headings.of}${s.notes.length ? '\n      ' + s.notes.join('\n      ') : ''}`,
          ),
        )
        .join('\n'),
    );
  });

  for (const layout of LAYOUTS.filter((l) => FULL || l.name === SAMPLE)) {
    it(`Chromium PDF, ${layout.name}, through pdftotext, pdftotext -raw and pdf.js`, { timeout: 900_000 }, async () => {
      const pdfs = [];
      for (const text of corpus) {
        const html = toHtml(text.tree, layout);
        // Named by what is printed, so a kept folder (HY_CORPUS_DIR) is reused only for the same page.
        const key = createHash('sha256')
          .update(JSON.stringify([html, layout, text.runningHead]))
          .digest('hex')
          .slice(0, 16);
        const file = join(dir, `${text.name}-${layout.name}-${key}.pdf`);
        if (!existsSync(file)) await printPdf(browser, html, layout, text.runningHead, file);
        pdfs.push({ text, file });
      }
      const results: Score[] = [];
      for (const tool of EXTRACTORS) {
        const extracted = await Promise.all(pdfs.map(async ({ text, file }) => ({ text, extracted: await extractText(file, tool) })));
        if (KEEP && process.env.HY_CORPUS_EXTRACTS)
          for (const e of extracted) writeFileSync(join(dir, `${e.text.name}-${layout.name}-${tool}.txt`), e.extracted);
        results.push(score(`${layout.name} ${tool}`, extracted));
      }
      scores.push(...results);
      for (const [k, r] of results.entries()) holds(r, FLOORS[EXTRACTORS[k]!]);
    });
  }

  for (const count of [26, 35]) {
    it(`a plain-text re-wrapper at ${count} characters a line, blank lines, spaced digits, no indents`, () => {
      const r = score(
        `rewrap-${count}`,
        corpus.map((text) => ({ text, extracted: rewrap(text.tree, count) })),
      );
      scores.push(r);
      holds(r, FLOORS.rewrap);
    });
  }
});
