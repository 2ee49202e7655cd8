/**
 * Issue 28, item 2: the importers measured through real tools. The five
 * sources and a synthetic document are set as PDF by Chromium (widths, fonts,
 * justified and ragged, two columns, running heads and page numbers), as DOCX
 * by the `docx` package and as government web pages; each is imported as the
 * build imports it, and at least 98% of the original's paragraphs must come
 * back whole and 98% of its headings at their level, per variant. The worst
 * variants are printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertSource } from '../../src/conversion/convert-source.ts';
import type { DocumentTree } from '../../src/conversion/document-tree.ts';
import { loadDocuments } from '../../src/data/content.ts';
import type { DocumentMeta } from '../../src/data/documents-schema.ts';
import { importSource } from '../../src/import/import-source.ts';
import { importedTree } from '../../src/import/to-tree.ts';
import { importedText } from '../../src/import/imported.ts';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { launchBrowser } from '../helpers/browser.ts';
import { type PdfLayout, type Score, governmentPage, printPdf, score, writeDocx } from '../helpers/import-corpus.ts';

const root = join(import.meta.dirname, '..', '..');
const { documents } = loadDocuments(join(root, 'content'), root);

interface Original {
  meta: DocumentMeta;
  tree: DocumentTree;
}
const originals: Original[] = documents.map((meta) => ({
  meta,
  tree: convertSource(readFileSync(join(root, 'content', 'sources', meta.source)), meta, meta.source).tree,
}));

const LAYOUTS: PdfLayout[] = [
  { name: 'serif-justified-a5', font: 'serif', justify: true, width: 148, columns: 1 },
  { name: 'sans-ragged-a4', font: 'sans', justify: false, width: 210, columns: 1 },
  { name: 'serif-justified-a4-2col', font: 'serif', justify: true, width: 210, columns: 2 },
];

interface Variant {
  name: string;
  score: Score;
}
const results: Variant[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  const ratio = (v: Variant) =>
    Math.min(v.score.paragraphs.whole / (v.score.paragraphs.of || 1), v.score.headings.right / (v.score.headings.of || 1));
  const rows = [...results].sort((a, b) => ratio(a) - ratio(b));
  console.log(
    [
      'importers corpus, worst first:',
      ...rows.map(
        (v) =>
          `  ${v.name}: paragraphs ${v.score.paragraphs.whole}/${v.score.paragraphs.of}, headings ${v.score.headings.right}/${v.score.headings.of}${v.score.missed.length ? `; missed ${v.score.missed.join(' | ')}` : ''}`,
      ),
    ].join('\n'),
  );
});

async function measure(name: string, original: Original, file: string, bytes: Uint8Array): Promise<void> {
  const imported = await importSource(bytes, file);
  const tree = importedTree(imported, original.meta.title, file);
  const s = score(original.tree, tree);
  results.push({ name, score: s });
  expect.soft(s.paragraphs.whole / s.paragraphs.of, `${name}: paragraphs whole (${s.missed.join(' | ')})`).toBeGreaterThanOrEqual(0.98);
  if (s.headings.of)
    expect
      .soft(s.headings.right / s.headings.of, `${name}: headings at their level (${s.missed.join(' | ')})`)
      .toBeGreaterThanOrEqual(0.98);
}

/** Chromium's printing is most of the time: each layout once, on the shorter texts. */
const PRINTED: [string, PdfLayout][] = [
  ['news-2020-results', LAYOUTS[0]!],
  ['news-2020-results', LAYOUTS[1]!],
  ['shigu-report-2019', LAYOUTS[1]!],
  ['city-report-2019', LAYOUTS[2]!],
];
/** Readability over the plan's 600 blocks takes seconds under load; its DOCX and PDFs measure it. */
const PAGED = originals.filter((o) => o.tree.body.length < 500);

describe('the five sources through real tools', () => {
  for (const o of originals) {
    it(`${o.meta.slug} as DOCX${PAGED.includes(o) ? ' and as government web pages' : ''}`, async () => {
      await measure(`${o.meta.slug} docx`, o, `${o.meta.slug}.docx`, await writeDocx(o.tree, o.meta.title ?? ''));
      if (!PAGED.includes(o)) return;
      for (const boldLines of [false, true])
        await measure(
          `${o.meta.slug} html ${boldLines ? 'bold-lines' : 'h-tags'}`,
          o,
          `${o.meta.slug}.html`,
          new TextEncoder().encode(governmentPage(o.tree, { boldLines })),
        );
    });
  }
  for (const [slug, layout] of PRINTED) {
    const o = originals.find((d) => d.meta.slug === slug)!;
    it(`${slug} printed to PDF by Chromium, ${layout.name}`, async () => {
      await measure(`${slug} pdf ${layout.name}`, o, `${slug}.pdf`, await printPdf(browser, o.tree, layout, o.meta.title ?? ''));
    });
  }
});

/** A report section with bullet items and a table with a header row and a title line above it, as the text path reads it. */
const STRUCTURED: DocumentTree = {
  front: [{ role: 'title', text: '示例市重点民生实事清单', line: 1 }],
  body: [
    { type: 'heading', kind: 'part', depth: 2, text: '一、今年重点民生实事', line: 2 },
    { type: 'paragraph', text: '今年，市政府将集中力量办好以下民生实事，确保年底前全部完成。', line: 3 },
    {
      type: 'list',
      ordered: false,
      line: 4,
      items: [
        '●新建和改扩建城区公办幼儿园10所，新增学位5400个。',
        '■改造城镇老旧小区120个，惠及居民2.1万户。',
        '◆完成农村危房改造3000户。',
      ].map((text, i) => ({ type: 'paragraph' as const, text, line: 4 + i })),
    },
    { type: 'heading', kind: 'part', depth: 2, text: '二、主要指标', line: 7 },
    { type: 'paragraph', text: '主要指标的完成情况如下表所示，均达到或超过年初预期。', line: 8 },
    {
      type: 'table',
      caption: '表1 主要经济指标完成情况',
      headerRows: 1,
      rows: [
        ['指标', '2019年', '2020年', '增长'],
        ['地区生产总值', '3372.7亿元', '3508.1亿元', '4.0%'],
        ['一般公共预算收入', '156.9亿元', '162.3亿元', '3.4%'],
        ['城镇居民人均可支配收入', '36751元', '38412元', '4.5%'],
      ],
      line: 9,
    },
    { type: 'paragraph', text: '以上指标由市统计局提供。', line: 10 },
  ],
};
const STRUCTURED_TITLE = '示例市重点民生实事清单';
const listsOf = (tree: DocumentTree) => tree.body.flatMap((n) => (n.type === 'list' ? [n.items.map((i) => i.text)] : []));
const tablesOf = (tree: DocumentTree) =>
  tree.body.flatMap((n) => (n.type === 'table' ? [{ caption: n.caption, headerRows: n.headerRows, rows: n.rows }] : []));
const wantedList = listsOf(STRUCTURED);
const wantedTable = tablesOf(STRUCTURED);

describe('bullet items and tables through real tools', () => {
  it('a web page: bullet items in <li> come back as one list with their marks, the table with its caption and header row', async () => {
    const page = new TextEncoder().encode(governmentPage(STRUCTURED, { boldLines: false }));
    const tree = importedTree(await importSource(page, 'list.html'), STRUCTURED_TITLE, 'list.html');
    expect(listsOf(tree)).toEqual(wantedList);
    expect(tablesOf(tree)).toEqual(wantedTable);
  });

  it('a Word file: typed bullet marks make one list; the Word table, its header row and the title line above it come back', async () => {
    const tree = importedTree(
      await importSource(await writeDocx(STRUCTURED, STRUCTURED_TITLE), 'list.docx'),
      STRUCTURED_TITLE,
      'list.docx',
    );
    expect(listsOf(tree)).toEqual(wantedList);
    expect(tablesOf(tree)).toEqual(wantedTable);
  });

  it("a Word file: a list of Word's own bullets is a list, its marks Word's (not characters of the text)", async () => {
    const items = ['新建公办幼儿园10所', '改造城镇老旧小区120个'];
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(STRUCTURED_TITLE)] }),
            new Paragraph({ children: [new TextRun('今年办好以下实事。')] }),
            ...items.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
            new Paragraph({ children: [new TextRun('以上实事，年底前全部完成。')] }),
          ],
        },
      ],
    });
    const tree = importedTree(await importSource(await Packer.toBuffer(doc), 'bullets.docx'), STRUCTURED_TITLE, 'bullets.docx');
    expect(tree.body.map((n) => n.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(listsOf(tree)).toEqual([items]);
  });

  it('a PDF printed by Chromium: bullet items come back as one list; its ruled table comes back as a table, with its header row and the title line above it', async () => {
    const pdf = await printPdf(browser, STRUCTURED, LAYOUTS[1]!, STRUCTURED_TITLE);
    const tree = importedTree(await importSource(pdf, 'list.pdf'), STRUCTURED_TITLE, 'list.pdf');
    expect(listsOf(tree)).toEqual(wantedList);
    expect(tablesOf(tree)).toEqual(wantedTable);
  });
});

describe('a PDF with text set in columns', () => {
  it("keeps two lines set like a table's rows (too few to read columns from) each a block of its own, and warns with the page, the height and the line", async () => {
    const rows = [
      ['项目名称', '建设地点', '总投资'],
      ['城市快速路', '蒸湘区', '45亿元'],
    ];
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font: 12pt/1.75 'Noto Serif CJK SC'; margin: 0; } p { margin: 0; text-indent: 2em; } td { padding: 0 2em 0 0; }
</style></head><body><p>示例市重点项目清单</p><p>今年安排重点项目三个，总投资五十七亿元，项目情况如下。</p>
<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table><p>以上项目年内开工。</p></body></html>`);
    const pdf = await page.pdf({ width: '148mm', height: '210mm', margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
    await page.close();
    const imported = await importSource(pdf, 'content/sources/projects.pdf');
    expect(imported.blocks.some((b) => b.type === 'table')).toBe(false);
    const lines = importedText(imported).text.split('\n');
    for (const r of rows) expect(lines.map((l) => l.replace(/\s/g, ''))).toContain(r.join(''));
    const warning = imported.warnings.find((w) => /as in a table/.test(w.message));
    expect(warning?.origin).toMatch(/^page 1, y \d+/);
    expect(lines[warning!.line! - 1]!.replace(/\s/g, '')).toBe(rows[0]!.join(''));
  });
});

describe('bad input is one sentence naming the file', () => {
  it('a PDF without a text layer (a scan)', async () => {
    const page = await browser.newPage();
    await page.setContent('<svg width="400" height="300"><rect width="300" height="200" fill="#888"/></svg>');
    const pdf = await page.pdf({ width: '148mm', height: '210mm' });
    await page.close();
    await expect(importSource(pdf, 'content/sources/scan.pdf')).rejects.toThrow(
      /^content\/sources\/scan\.pdf:1: is a PDF without a text layer \(a scan\?\)/,
    );
  });
  it('a damaged PDF', async () => {
    await expect(importSource(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> garbage'), 'content/sources/bad.pdf')).rejects.toThrow(
      /^content\/sources\/bad\.pdf:1: is not a readable PDF/,
    );
  });
  it('a .docx that is not a zip', async () => {
    await expect(importSource(new TextEncoder().encode('政府工作报告'), 'content/sources/report.docx')).rejects.toThrow(
      /^content\/sources\/report\.docx:1: is not a Word \.docx file/,
    );
  });
  it('an HTML page with no article', async () => {
    const links = '<ul>' + ['首页', '政务公开', '政务服务'].map((t) => `<li><a href="/">${t}</a></li>`).join('') + '</ul>';
    await expect(importSource(new TextEncoder().encode(`<html><body>${links}</body></html>`), 'content/sources/menu.html')).rejects.toThrow(
      /^content\/sources\/menu\.html:1: has no article/,
    );
  });
  it('an HTML page lists what it dropped around the article', async () => {
    const o = originals.find((d) => d.meta.slug === 'news-2020-results')!;
    const doc = await importSource(new TextEncoder().encode(governmentPage(o.tree, { boldLines: true })), 'page.html');
    const dropped = doc.dropped.map((d) => d.text).join('\n');
    for (const furniture of ['当前位置', '分享到', '相关文章', '湘ICP备', '政务公开']) expect(dropped).toContain(furniture);
    expect(doc.blocks.map((b) => (b.type === 'table' ? '' : b.text)).join('')).not.toMatch(/分享到|相关文章|湘ICP备/);
  });
});
