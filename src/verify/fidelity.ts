/**
 * Fidelity: the visible text of a built report page holds every non-whitespace
 * character of its source, in order. The only characters allowed to go are the
 * documented artefacts: page numbers, running heads and a newspaper's jump lines and page labels of
 * print extractions (listed with their lines; src/conversion/artefacts.ts) and the `**` markers
 * that became bold. Page furniture (table of contents, metadata, permalinks,
 * tooltips, figure notes) is marked `data-chrome` and is not compared.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { decodeSource } from '../conversion/decode.ts';
import { type Artefact, findArtefacts } from '../conversion/artefacts.ts';
import { type PageNumber, detectLayout, splitLines } from '../conversion/reflow.ts';
import { FURNITURE_ATTRIBUTE, isFurniture } from '../zh/furniture.ts';
import { type ImportedDocument, blockText } from '../import/imported.ts';

export interface FidelityReport {
  sourceChars: number;
  matched: number;
  /** `furniture`: print furniture of a text extraction, or what an importer left out of a PDF, DOCX or HTML source. */
  removed: { pageNumbers: number; furniture: number; boldMarkers: number };
  /** Each page number the conversion dropped, with its source line. */
  pageNumbers: PageNumber[];
  /** Other print furniture dropped (running heads, a newspaper's jump lines and page labels), with its source line. */
  furniture: Artefact[];
  unexplained: number;
  /** Where the first unexplained difference is, with some context. */
  firstDifference?: string;
  /** The source line (1-based) of the first unexplained difference. */
  firstDifferenceLine?: number;
}

function collectText(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  else if (node.type === 'element' && isFurniture(node)) return;
  if ('children' in node) for (const child of node.children) collectText(child, out);
}

function findRoot(node: Root | RootContent): Element | undefined {
  if (node.type === 'element' && node.properties.dataFidelityRoot !== undefined) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findRoot(child);
    if (found) return found;
  }
  return undefined;
}

const FURNITURE_SECTION = new RegExp(`<section\\b[^>]*\\s${FURNITURE_ATTRIBUTE}(?=[\\s=>])[^>]*>`, 'g');

/**
 * The page without its furniture sections (a <section> marked as furniture,
 * with no <section> inside), cut out before parsing: a report's end list of
 * parallels (src/components/ParallelPassages.astro) can be several times the
 * size of its text on a corpus of near-copies, and parsing it only to skip it
 * was most of this check's time. A cut ends at the section's first
 * `</section>`, so it never takes text from outside the section.
 */
export function withoutFurnitureSections(html: string): string {
  let out = '';
  let at = 0;
  for (const open of html.matchAll(FURNITURE_SECTION)) {
    if (open.index < at) continue;
    const close = html.indexOf('</section>', open.index);
    const nested = html.indexOf('<section', open.index + open[0].length);
    if (close < 0 || (nested >= 0 && nested < close)) continue;
    out += html.slice(at, open.index);
    at = close + '</section>'.length;
  }
  return out + html.slice(at);
}

/** The page's main content text, without page furniture. */
export function pageText(html: string): string {
  const root = findRoot(fromHtml(withoutFurnitureSections(html)));
  if (!root) throw new Error('no element marked data-fidelity-root on the page');
  const out: string[] = [];
  collectText(root, out);
  return out.join('');
}

const strip = (s: string) => [...s.replace(/\s/gu, '')];

export function checkFidelity(sourceBytes: Uint8Array, html: string, file: string): FidelityReport {
  const { text } = decodeSource(sourceBytes, file);
  const lines = splitLines(text);
  const layout = detectLayout(lines);
  const artefacts = findArtefacts(lines, layout);
  const dropped = new Set(artefacts.map((a) => a.line));
  const kept = lines.filter((l) => !dropped.has(l.line));
  const pages = artefacts.filter((a) => a.kind === 'page number').map(({ line, text, number }) => ({ line, text, number: number! }));
  const furniture = artefacts.filter((a) => a.kind !== 'page number');
  const count = (list: { text: string }[]) => list.reduce((n, a) => n + strip(a.text).length, 0);
  const expected: string[] = [];
  // The source line of each compared character, so a difference can be named by file and line.
  const lineOfChar: number[] = [];
  for (const l of kept) {
    for (const c of strip(l.text)) {
      expected.push(c);
      lineOfChar.push(l.line);
    }
  }
  return compare(expected, lineOfChar, html, {
    sourceChars: strip(text).length,
    matched: 0,
    removed: { pageNumbers: count(pages), furniture: count(furniture), boldMarkers: 0 },
    pageNumbers: pages,
    furniture,
    unexplained: 0,
  });
}

/**
 * The same check for a PDF, DOCX or HTML source: the text its importer made
 * (src/import/imported.ts), every character of it, against the page; the
 * furniture the importer dropped (running heads, page numbers, a site's menus)
 * is counted as removed. Lines are the lines of that text.
 */
export function checkImportedFidelity(doc: ImportedDocument, html: string): FidelityReport {
  const expected: string[] = [];
  const lineOfChar: number[] = [];
  doc.blocks.forEach((b, i) => {
    for (const c of strip(blockText(b))) {
      expected.push(c);
      lineOfChar.push(i + 1);
    }
  });
  const dropped = doc.dropped.reduce((n, d) => n + strip(d.text).length, 0);
  return compare(expected, lineOfChar, html, {
    sourceChars: expected.length,
    matched: 0,
    removed: { pageNumbers: 0, furniture: dropped, boldMarkers: 0 },
    pageNumbers: [],
    furniture: [],
    unexplained: 0,
  });
}

/** Walks the expected characters and the page's in step: `**` pairs may go (they became bold), nothing else may. */
function compare(expected: string[], lineOfChar: number[], html: string, report: FidelityReport): FidelityReport {
  const page = strip(pageText(html));
  let p = 0;
  for (let e = 0; e < expected.length; e++) {
    if (expected[e] === page[p]) {
      report.matched++;
      p++;
    } else if (expected[e] === '*' && expected[e + 1] === '*') {
      report.removed.boldMarkers += 2;
      e++;
    } else {
      report.unexplained++;
      report.firstDifferenceLine ??= lineOfChar[e]!;
      report.firstDifference ??= `source "…${expected.slice(Math.max(0, e - 15), e + 15).join('')}…" vs page "…${page.slice(Math.max(0, p - 15), p + 15).join('')}…"`;
    }
  }
  if (p < page.length) {
    report.unexplained += page.length - p;
    report.firstDifferenceLine ??= lineOfChar.at(-1) ?? 1;
    report.firstDifference ??= `page has extra text after the source's last line: "${page.slice(p, p + 30).join('')}…"`;
  }
  return report;
}
