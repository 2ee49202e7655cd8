/**
 * A PDF, read by pdf.js (pdfjs-dist): its text items with their positions,
 * sizes and fonts. Lines come from positions (items on one baseline; a wide
 * gap on a baseline parts two columns, read left column first); running heads,
 * footers and page numbers are the lines at a page's top or bottom that repeat
 * across pages (or hold a page number) and are dropped and listed; paragraphs
 * come from geometry (a first-line indent, a line ending where the next line's
 * first word would have fitted, a vertical gap wider than the line spacing);
 * headings from type larger than the body's, bold, or centred, on a short line
 * of its own. Their nesting follows their numbering, as in the text path.
 * Tables, drawn with rules or set in columns, are read first
 * (src/import/pdf-tables.ts), so their columns are never taken for a page's;
 * a table that runs on over a page break is one table, its header row
 * repeated on the next page left out as furniture. Radical code points in the
 * text layer become the ideographs they show (src/zh/radicals.ts).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { SourceError } from '../core/errors.ts';
import { detectScript } from '../core/script.ts';
import { BULLET } from '../conversion/line-shapes.ts';
import { PAGE_NUMBER } from '../conversion/reflow.ts';
import { displayWidth } from '../conversion/whitespace.ts';
import { CLOSING_MARKS, OPENING_MARKS } from '../zh/chars.ts';
import { unifyRadicals } from '../zh/radicals.ts';
import type { Dropped, ImportedBlock, ImportedDocument } from './imported.ts';
import { headingByLook } from './imported.ts';
import { pageDrawing } from './pdf-drawing.ts';
import { type Piece, join, joinLines, lineText } from './pdf-pieces.ts';
import { type PdfTable, type TableDoubt, readTables } from './pdf-tables.ts';

interface PdfLine extends Piece {
  page: number;
  column: number;
  /** A table read from the page, in the place of its lines. */
  table?: PdfTable;
}

/** Lines set like a table but kept as text: each a block of its own, the first of them warned of. */
interface Doubt {
  message: string;
}

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
/** A line with this many pieces two em apart on one baseline is set like a table's row. */
const TABLE_PIECES = 3;
const LONE_ROW =
  'text set in three or more columns on one line, as in a table, with too few lines like it to read its columns: its rows are kept as lines of text; check the page.';

const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
/** The value most pieces share (by weight), rounded to half a point. */
function mode(values: [number, number][]): number {
  const counts = new Map<number, number>();
  for (const [v, w] of values) counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + w);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

async function openPdf(bytes: Uint8Array, file: string) {
  try {
    // pdf.js takes the buffer over; the caller's bytes stay whole for their checksum.
    return await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw new SourceError(
        file,
        1,
        'is an encrypted (password-protected) PDF: the build cannot read its text; give an unprotected copy, or its text as a .txt source.',
      );
    throw new SourceError(
      file,
      1,
      `is not a readable PDF (${(error as Error).message}): the file is damaged or not a PDF; download it again.`,
    );
  }
}

/** The pieces of text of one page and what it draws: its tables read, the rest grouped into rows (lines, or a line of each column), top to bottom. */
async function pageRows(
  pdf: Awaited<ReturnType<typeof openPdf>>,
  n: number,
): Promise<{ rows: Piece[][]; tables: PdfTable[]; doubts: TableDoubt[]; width: number }> {
  const page = await pdf.getPage(n);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // Font names (for weight) are known once the page's fonts are loaded; the operators also say what the page draws.
  const operators = await page.getOperatorList();
  const boldOf = new Map<string, boolean>();
  const isBold = (font: string) => {
    if (!boldOf.has(font)) {
      const loaded = page.commonObjs.has(font)
        ? (page.commonObjs.get(font) as { name?: string; bold?: boolean; black?: boolean })
        : undefined;
      boldOf.set(font, Boolean(loaded?.bold || loaded?.black || BOLD_FONT.test(loaded?.name ?? '')));
    }
    return boldOf.get(font)!;
  };
  const pieces: Piece[] = (content.items as TextItem[])
    .filter((it) => typeof it.str === 'string' && it.str.trim() !== '')
    .map((it) => {
      const [a, b, , , e, f] = it.transform as [number, number, number, number, number, number];
      const size = Math.hypot(a, b);
      return {
        text: it.str,
        x0: e,
        x1: e + it.width,
        y: height - f,
        size,
        bold: isBold(it.fontName),
      };
    });
  const read = readTables(pieces, pageDrawing(operators, height));
  page.cleanup();
  return { ...read, width };
}

/**
 * The lines of page `n` in reading order: with a gutter, each column's lines
 * above a row that crosses it, the left column first; a table in the place of
 * its rows, in its column or across both. Lines of a doubt, and a line set in
 * three or more pieces two em apart, are set like a table's rows.
 */
function rowsToLines(
  rows: Piece[][],
  tables: PdfTable[],
  doubts: TableDoubt[],
  n: number,
  gutter: number | undefined,
): { lines: PdfLine[]; doubtful: Map<PdfLine, Doubt> } {
  // A row is one line, or with a gutter its pieces left of it, right of it, and any that cross it (a title set across both columns).
  const lineOf = (ps: Piece[], column: number): PdfLine => {
    const line: PdfLine = { ...ps[0]!, page: n, column };
    for (const p of ps.slice(1)) {
      line.text = join(line.text, p.text, p.x0 - line.x1, p.size);
      line.x1 = Math.max(line.x1, p.x1);
      line.size = Math.max(line.size, p.size);
      line.bold &&= p.bold;
    }
    line.text = lineText(line.text);
    return line;
  };
  const lines: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  const doubtful = new Map<PdfLine, Doubt>();
  const doubtOf = new Map<Piece[], Doubt>();
  for (const d of doubts) {
    const doubt = { message: `${d.message}; it is kept as lines of text, in order; check the page.` };
    for (const r of d.rows) doubtOf.set(r, doubt);
  }
  const lone: Doubt = { message: LONE_ROW };
  // Rows by their baseline, as they were grouped; a table by its top edge, which is below the baseline of any line above it.
  const items = [...rows.map((row) => ({ at: row[0]!.y, row })), ...tables.map((table) => ({ at: table.top, table }))].sort(
    (a, b) => a.at - b.at,
  );
  for (const item of items) {
    if ('table' in item) {
      const { table } = item;
      const line: PdfLine = { text: '', x0: table.x0, x1: table.x1, y: table.top, size: 0, bold: false, page: n, column: 0, table };
      if (gutter !== undefined && table.x1 <= gutter) left.push({ ...line, column: 1 });
      else if (gutter !== undefined && table.x0 >= gutter) right.push({ ...line, column: 2 });
      else {
        flush();
        lines.push(line);
      }
      continue;
    }
    const { row } = item;
    const doubt = doubtOf.get(row);
    const gaps = row.slice(1).filter((p, i) => p.x0 - row[i]!.x1 > p.size * 2).length;
    if (gutter === undefined || row.some((p) => p.x0 < gutter && p.x1 > gutter)) {
      // What crosses the gutter ends the columns above it: they are read, left first, before it.
      flush();
      lines.push(lineOf(row, 0));
      if (doubt || gaps + 1 >= TABLE_PIECES) doubtful.set(lines.at(-1)!, doubt ?? lone);
      continue;
    }
    const l = row.filter((p) => p.x1 <= gutter);
    const r = row.filter((p) => p.x0 >= gutter);
    if (l.length) left.push(lineOf(l, 1));
    if (r.length) right.push(lineOf(r, 2));
    if (doubt)
      for (const line of [l.length ? left.at(-1)! : undefined, r.length ? right.at(-1)! : undefined]) if (line) doubtful.set(line, doubt);
  }
  flush();
  return { lines, doubtful };
}

/**
 * The x of a gutter between two columns: a band in the middle of the page, at
 * least an em wide, that no piece of text crosses on most rows while both
 * sides of it hold text on many; undefined for a page of one column.
 */
function findGutter(rows: Piece[][], width: number): number | undefined {
  const from = Math.floor(width * 0.3);
  const to = Math.ceil(width * 0.7);
  const crossing = new Array<number>(to - from).fill(0);
  let leftRows = 0;
  let rightRows = 0;
  for (const row of rows) {
    for (const p of row) for (let x = Math.max(from, Math.floor(p.x0)); x < Math.min(to, Math.ceil(p.x1)); x++) crossing[x - from]!++;
    if (row[0]!.x0 < width * 0.4) leftRows++;
    if (row.at(-1)!.x1 > width * 0.6) rightRows++;
  }
  if (rows.length < 6 || leftRows < rows.length / 4 || rightRows < rows.length / 4) return undefined;
  const em = median(rows.flat().map((p) => p.size));
  let best: [number, number] | undefined;
  let start = -1;
  crossing.forEach((c, i) => {
    // Running heads, a title and its date line may cross it; text in one column never does.
    const clear = c <= rows.length * 0.25;
    if (clear && start < 0) start = i;
    if ((!clear || i === crossing.length - 1) && start >= 0) {
      const end = clear ? i + 1 : i;
      if (end - start >= em && (!best || end - start > best[1] - best[0])) best = [start, end];
      start = -1;
    }
  });
  return best && from + (best[0] + best[1]) / 2;
}

/** A line's text with its figures as a mark: running heads and footers repeat with the page number changed. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s/g, '');

/** The lines at each page's top and bottom that are page furniture: a page number, or a text that repeats at the same height on other pages. */
function furniture(pages: PdfLine[][]): Map<PdfLine, string> {
  const out = new Map<PdfLine, string>();
  const edges = pages.map((lines) => {
    const byY = [...lines].sort((a, b) => a.y - b.y);
    return [...byY.slice(0, 2), ...byY.slice(-2)];
  });
  const seen = new Map<string, number>();
  for (const edge of edges)
    for (const key of new Set(edge.map((l) => `${shape(l.text)}@${Math.round(l.y / 4)}`))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeats = Math.max(2, Math.ceil(pages.length / 3));
  edges.forEach((edge, i) => {
    const lines = pages[i]!;
    const top = Math.min(...lines.map((l) => l.y));
    const bottom = Math.max(...lines.map((l) => l.y));
    for (const l of edge) {
      const atEdge = l.y === top || l.y === bottom;
      if (pages.length > 1 && seen.get(`${shape(l.text)}@${Math.round(l.y / 4)}`)! >= repeats)
        out.set(l, PAGE_NUMBER.test(l.text) ? 'page number' : l.y === top ? 'running head' : 'running foot');
      else if (atEdge && PAGE_NUMBER.test(l.text)) out.set(l, 'page number');
    }
  });
  return out;
}

/**
 * Width in points of what the next line starts with that could not have been
 * set at the end of this one: its opening marks, a Latin word or figure or else
 * one character, and the closing marks after it (no line ends with an opening
 * mark or starts with a closing one).
 */
function firstWordWidth(text: string, size: number): number {
  const word = new RegExp(`^[${OPENING_MARKS}]*(?:[A-Za-z0-9.,%‰/+-]+|.)[${CLOSING_MARKS}]*`, 'u').exec(text)?.[0] ?? '';
  return displayWidth(word) * size;
}

/** A table that goes on with the table read right before it: the first thing on its page, the other the last on the page before, with the same columns. */
function goesOnFrom(prev: PdfLine | undefined, l: PdfLine): boolean {
  const [a, b] = [prev?.table, l.table];
  if (!a || !b || prev!.page + 1 !== l.page || a.edges.length !== b.edges.length) return false;
  return a.edges.every((x, i) => Math.abs(x - b.edges[i]!) <= Math.max(a.size, b.size));
}

export async function importPdf(bytes: Uint8Array, file: string): Promise<ImportedDocument> {
  const pdf = await openPdf(bytes, file);
  const read: Awaited<ReturnType<typeof pageRows>>[] = [];
  const pages: PdfLine[][] = [];
  const warnings: ImportedDocument['warnings'] = [];
  /** The lines set like a table's rows but kept as text, and why. */
  const doubtful = new Map<PdfLine, Doubt>();
  for (let n = 1; n <= pdf.numPages; n++) {
    read.push(await pageRows(pdf, n));
  }
  // A page with little text (a last page, half a column) may not show its gutter: it takes the one most pages show, where no line crosses it.
  // Tables are out of the rows by now: a table's column gap is no gutter.
  const own = read.map(({ rows, width }) => findGutter(rows, width));
  const found = own.filter((g) => g !== undefined);
  const common = found.length * 2 >= read.length ? median(found) : undefined;
  for (const [i, { rows, tables, doubts }] of read.entries()) {
    const n = i + 1;
    const crossing = common === undefined ? 0 : rows.filter((r) => r.some((p) => p.x0 < common && p.x1 > common)).length;
    const rightOf = common === undefined ? 0 : rows.filter((r) => r.some((p) => p.x0 > common)).length;
    const gutter = own[i] ?? (common !== undefined && crossing <= rows.length * 0.25 && rightOf > 0 ? common : undefined);
    const page = rowsToLines(rows, tables, doubts, n, gutter);
    pages.push(page.lines);
    for (const [l, d] of page.doubtful) doubtful.set(l, d);
  }
  await pdf.destroy();
  if (!pages.some((p) => p.some((l) => l.text !== '' || l.table))) {
    throw new SourceError(
      file,
      1,
      'is a PDF without a text layer (a scan?): the build reads text, not images; give a PDF with text, or the text as a .txt source.',
    );
  }
  pages.forEach((p, i) => {
    if (!p.length)
      warnings.push({ origin: `page ${i + 1}`, message: 'has no text (an image or a blank page): nothing of it is on the site.' });
  });
  // Radicals are read as the ideographs they show, for the script the rest of the text is in, before any line is looked at.
  const cellTexts = (t: PdfTable) => t.rows.flat();
  const simplified =
    detectScript(pages.flatMap((p) => p.flatMap((l) => (l.table ? cellTexts(l.table) : [l.text]))).join('\n')) !== 'zh-Hant';
  for (const l of pages.flat()) {
    l.text = unifyRadicals(l.text, simplified);
    if (l.table) l.table.rows = l.table.rows.map((r) => r.map((c) => unifyRadicals(c, simplified)));
  }
  // A table is never a running head: furniture is looked for among the lines of text.
  const furnitureOf = furniture(pages.map((p) => p.filter((l) => !l.table)));
  const dropped: Dropped[] = [];
  const body: PdfLine[] = [];
  for (const l of pages.flat()) {
    const why = furnitureOf.get(l);
    if (why) dropped.push({ text: l.text, origin: `page ${l.page}, y ${round(l.y)}`, why });
    else body.push(l);
  }
  const text = body.filter((l) => !l.table);
  // The body's type, column edges and line spacing, from the lines most text is set in.
  const bodySize = mode(text.map((l) => [l.size, l.text.length]));
  const isBody = (l: PdfLine) => !l.table && Math.abs(l.size - bodySize) < 0.5 && !l.bold;
  const edges = new Map<string, { left: number; right: number }>();
  for (const key of new Set(text.map((l) => `${l.page}/${l.column}`))) {
    const lines = text.filter((l) => `${l.page}/${l.column}` === key && isBody(l));
    edges.set(key, { left: mode(lines.map((l) => [l.x0, 1])), right: Math.max(...lines.map((l) => l.x1)) });
  }
  const allEdges = [...edges.values()].filter((e) => Number.isFinite(e.right));
  const fallback = { left: mode(allEdges.map((e) => [e.left, 1])), right: median(allEdges.map((e) => e.right)) };
  const edgeOf = (l: PdfLine) => {
    const e = edges.get(`${l.page}/${l.column}`);
    return e && Number.isFinite(e.right) ? e : fallback;
  };
  const spacing = median(
    body
      .slice(1)
      .flatMap((l, i) =>
        l.page === body[i]!.page && l.column === body[i]!.column && isBody(l) && isBody(body[i]!) ? [l.y - body[i]!.y] : [],
      )
      .filter((d) => d > 0),
  );

  const styled = (l: PdfLine) => l.size > bodySize * 1.08 || l.bold;
  const centred = (l: PdfLine) => {
    const { left, right } = edgeOf(l);
    return l.x0 - left > l.size * 2 && Math.abs(l.x0 - left - (right - l.x1)) < l.size;
  };
  const blocks: ImportedBlock[] = [];
  /** The block each line went into. */
  const blockOf = new Map<PdfLine, number>();
  let prev: PdfLine | undefined;
  let prevHeading = false;
  for (const l of body) {
    const origin = `page ${l.page}, y ${round(l.y)}`;
    const last = blocks.at(-1);
    if (l.table) {
      const table = l.table;
      if (last?.type === 'table' && goesOnFrom(prev, l)) {
        // The header rows a printer repeats on each page are furniture, as a running head is.
        const header = last.rows.slice(0, last.headerRows);
        const repeated =
          header.length > 0 && table.headerRows === header.length && header.every((r, i) => r.join('\t') === table.rows[i]!.join('\t'));
        if (repeated)
          for (const r of table.rows.slice(0, header.length)) dropped.push({ text: r.join('\t'), origin, why: 'table header repeated' });
        const from = repeated ? header.length : 0;
        const offset = last.rows.length - from;
        last.spans = [...(last.spans ?? []), ...table.spans.filter((s) => s.row >= from).map((s) => ({ ...s, row: s.row + offset }))];
        last.rows.push(...table.rows.slice(from));
        last.origin = `${last.origin.replace(/ to page \d+$/, '')} to page ${l.page}`;
      } else
        blocks.push({
          type: 'table',
          rows: table.rows,
          headerRows: table.headerRows,
          ...(table.spans.length ? { spans: table.spans } : {}),
          origin,
        });
      blockOf.set(l, blocks.length - 1);
      prev = l;
      prevHeading = false;
      continue;
    }
    const samePlace = prev && prev.page === l.page && prev.column === l.column;
    const gap = samePlace ? l.y - prev!.y : 0;
    // A heading set on two lines: the same type, right below the line before.
    const goesOn: boolean = Boolean(
      prevHeading && prev && samePlace && styled(l) && Math.abs(prev.size - l.size) < 0.5 && prev.bold === l.bold && gap < l.size * 1.8,
    );
    const looks = styled(l) || centred(l);
    const heading: boolean = goesOn || (looks && headingByLook(l.text));
    if (heading) {
      if (goesOn && last?.type === 'heading') last.text = join(last.text, l.text, 0, l.size);
      else blocks.push({ type: 'heading', text: l.text, origin });
    } else {
      const { left } = edgeOf(l);
      const indent = l.x0 - left > l.size * 0.8;
      // Measured against the previous line's own column: a paragraph goes on into the next column or page.
      const short = prev !== undefined && edgeOf(prev).right - prev.x1 > firstWordWidth(l.text, l.size) + l.size * 0.5;
      const wide = spacing > 0 && gap > spacing * 1.4;
      // A bullet item opens a block of its own, as in the text path; so does a line set like a table's row, and the line after a table.
      const own = BULLET.test(l.text) || doubtful.has(l) || (prev !== undefined && (doubtful.has(prev) || prev.table !== undefined));
      if (last?.type === 'paragraph' && !prevHeading && !indent && !short && !wide && !own) last.text = joinLines(last.text, l.text);
      else blocks.push({ type: 'paragraph', text: l.text, origin });
    }
    blockOf.set(l, blocks.length - 1);
    prev = l;
    prevHeading = heading;
  }
  // Each doubt is warned of once, at its first line.
  const warned = new Set<Doubt>();
  for (const l of body) {
    const doubt = doubtful.get(l);
    if (!doubt || warned.has(doubt)) continue;
    warned.add(doubt);
    warnings.push({ origin: `page ${l.page}, y ${round(l.y)}`, line: blockOf.get(l)! + 1, message: doubt.message });
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { format: 'pdf', blocks, dropped, warnings };
}
