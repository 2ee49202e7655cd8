/**
 * A corpus made by tools nobody here wrote: a document's structure (as the
 * converter reads it from its one-paragraph-per-line source) is typeset as HTML,
 * printed to PDF by Chromium (page.pdf(), Noto CJK, justified or ragged, with a
 * running head and page numbers in the header and footer templates), and
 * extracted back to text by poppler's pdftotext (default and -raw) and by
 * pdfjs-dist's text content. A plain-text re-wrapper (fixed characters a line, a
 * blank line after every line, spaces around digit runs, no indents) is the
 * other kind of text a maintainer is handed.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentTree } from '../../src/conversion/document-tree.ts';
import { contentTexts } from '../../src/conversion/lists.ts';
import { spaceDigits } from './typeset.ts';

export interface PageLayout {
  name: string;
  font: 'serif' | 'sans';
  justify: boolean;
  /** The text column, in em of the body font. */
  columnEm: number;
  /** How the footer prints the page number: `{n}` is replaced by Chromium's page number. */
  pageNumber: string;
}

export const LAYOUTS: PageLayout[] = [
  { name: 'serif-justified-30em', font: 'serif', justify: true, columnEm: 30, pageNumber: '- {n} -' },
  { name: 'serif-justified-24em', font: 'serif', justify: true, columnEm: 24, pageNumber: '第{n}页' },
  { name: 'sans-ragged-33em', font: 'sans', justify: false, columnEm: 33, pageNumber: '{n}' },
  { name: 'sans-justified-38em', font: 'sans', justify: true, columnEm: 38, pageNumber: '{n}' },
];

const FONT = { serif: "'Noto Serif CJK SC'", sans: "'Noto Sans CJK SC'" };
const escape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
const strip = (s: string) => s.replace(/\*\*/g, '');

/** The document as a government's web or print edition would set it: centred title block, bold headings, indented paragraphs. */
export function toHtml(tree: DocumentTree, layout: PageLayout): string {
  const out: string[] = [];
  for (const f of tree.front) out.push(f.role === 'title' ? `<h1>${escape(f.text)}</h1>` : `<p class="front">${escape(f.text)}</p>`);
  for (const node of tree.body) {
    if (node.type === 'heading') out.push(`<h${node.depth}>${escape(node.text)}</h${node.depth}>`);
    else if (node.type === 'figure') out.push(`<p class="front">${escape(node.caption)}</p>`);
    else if (node.type === 'aside') {
      out.push(`<h4 class="box">${escape(node.title)}</h4>`);
      for (const t of node.children.flatMap(contentTexts)) out.push(`<p>${escape(strip(t))}</p>`);
    } else for (const t of contentTexts(node)) out.push(`<p>${escape(strip(t))}</p>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { margin: 22mm 18mm; }
body { margin: 0; font-family: ${FONT[layout.font]}; font-size: 12pt; line-height: 1.7; text-align: ${layout.justify ? 'justify' : 'left'}; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 1em; }
h2 { font-size: 14pt; margin: 1em 0 0.4em; }
h3, h4, h5, h6 { font-size: 12pt; margin: 0.6em 0 0.2em; text-indent: 2em; }
p { margin: 0; text-indent: 2em; }
p.front { text-align: center; text-indent: 0; }
</style></head><body>${out.join('\n')}</body></html>`;
}

/** Prints the HTML to a PDF whose text column is `columnEm` wide, with the running head and page numbers in the margins. */
export async function printPdf(browser: Browser, html: string, layout: PageLayout, runningHead: string, file: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const mm = (pt: number) => pt * (25.4 / 72);
    const template = (inner: string) =>
      `<div style="width:100%;text-align:center;font-size:9pt;font-family:${FONT[layout.font]}">${inner}</div>`;
    const pdf = await page.pdf({
      width: `${(mm(layout.columnEm * 12) + 36).toFixed(1)}mm`,
      height: '260mm',
      margin: { top: '22mm', bottom: '22mm', left: '18mm', right: '18mm' },
      displayHeaderFooter: true,
      headerTemplate: template(escape(runningHead)),
      footerTemplate: template(layout.pageNumber.replace('{n}', '<span class="pageNumber"></span>')),
    });
    writeFileSync(file, pdf);
  } finally {
    await page.close();
  }
}

export type Extractor = 'pdftotext' | 'pdftotext-raw' | 'pdfjs';
export const EXTRACTORS: Extractor[] = ['pdftotext', 'pdftotext-raw', 'pdfjs'];

export async function extractText(file: string, tool: Extractor): Promise<string> {
  if (tool !== 'pdfjs')
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(tool === 'pdftotext-raw' ? ['-raw'] : []), file, '-'], { encoding: 'utf8' });
  const { readFileSync } = await import('node:fs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    // The simple join: each item's text, a line break where pdf.js marks the end of a line.
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

/**
 * A plain-text re-wrapper: digit runs spaced, then every block cut every `count` characters (the spaces counted, trimmed at
 * the line ends), a blank line after each line, no indents.
 */
export function rewrap(tree: DocumentTree, count: number): string {
  const blocks = [
    ...tree.front.map((f) => f.text),
    ...tree.body.flatMap((n) =>
      n.type === 'heading'
        ? [n.text]
        : n.type === 'figure'
          ? [n.caption]
          : n.type === 'aside'
            ? [n.title, ...n.children.flatMap(contentTexts).map(strip)]
            : contentTexts(n).map(strip),
    ),
  ];
  const out: string[] = [];
  for (const block of blocks) {
    const chars = [...spaceDigits(block)];
    for (let i = 0; i < chars.length; i += count)
      out.push(
        chars
          .slice(i, i + count)
          .join('')
          .trim(),
        '',
      );
  }
  return out.join('\n');
}

export const tempPdf = (dir: string, name: string) => join(dir, `${name}.pdf`);
