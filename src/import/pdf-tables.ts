/**
 * A PDF page's tables, read from what the page draws and how its text is set.
 * A table drawn with rules is read from its grid: the rules that meet make its
 * column and row edges, a missing rule between two cells merges them (a
 * column or row span), and each piece of text goes to the cell it sits in. A
 * table drawn without rules is read from its columns: three or more lines in
 * a row set in three or more pieces an em or more apart, whose pieces stand
 * in columns that no line crosses; a cell's text that wraps onto a line of its
 * own between two rows goes on in its cell. A header row is a first row set in
 * bold, or shaded where the next is not. Where the text cannot be read
 * reliably (a piece crosses a cell's edge, merged cells are not rectangles,
 * columns run into each other), the lines stay text, in order, and are
 * reported as doubts.
 */
import type { CellSpan } from '../conversion/document-tree.ts';
import type { Drawing, Rule, Shade } from './pdf-drawing.ts';
import { type Piece, blockOfPieces, rowsOf } from './pdf-pieces.ts';

export interface PdfTable {
  rows: string[][];
  headerRows: number;
  spans: CellSpan[];
  /** The x of its column edges, left to right: a table goes on across a page break where the next page's table has the same. */
  edges: number[];
  x0: number;
  x1: number;
  /** Its top, in points from the page's top. */
  top: number;
  /** The size of its text, the measure of how near two edges must be to be the same. */
  size: number;
}

/** Lines set like a table that could not be read as one: kept as text, each a block of its own, with this reason. */
export interface TableDoubt {
  rows: Piece[][];
  message: string;
}

/** Points within which two rules are one line, and an end meets a crossing rule (borders are drawn up to about 2 pt wide, two cells' borders side by side). */
const NEAR = 3;
/** Points by which a cell's text may reach past the middle of its rule. */
const INSIDE = 1.5;
/** Points within which rules and rule ends are one edge of a grid. */
const EDGE = NEAR * 1.5;
/** Rows set in columns, at least this many in a row, make a table drawn without rules. */
const MIN_ROWS = 3;
const MIN_COLUMNS = 3;
/** Lines at most this many deep between two rows set in columns: a cell's text wrapped. */
const MAX_WRAP = 3;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const centreY = (p: Piece) => p.y - p.size * 0.35;

/** Values within `near` of the one before as one, their mean. */
function cluster(values: number[], near: number): number[] {
  const groups: number[][] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const g = groups.at(-1);
    if (g && v - g.at(-1)! <= near) g.push(v);
    else groups.push([v]);
  }
  return groups.map(mean);
}

/** Rules on one line that touch or overlap as one. */
function mergeRules(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const axis of ['h', 'v'] as const) {
    const groups: Rule[][] = [];
    for (const r of rules.filter((x) => x.axis === axis).sort((a, b) => a.at - b.at)) {
      const g = groups.at(-1);
      if (g && r.at - g.at(-1)!.at <= NEAR) g.push(r);
      else groups.push([r]);
    }
    for (const g of groups) {
      const at = mean(g.map((r) => r.at));
      let current: Rule | undefined;
      for (const r of g.sort((a, b) => a.from - b.from)) {
        if (current && r.from <= current.to + NEAR) current.to = Math.max(current.to, r.to);
        else out.push((current = { axis, at, from: r.from, to: r.to }));
      }
    }
  }
  return out;
}

/** Sets of rules that meet one another: a grid each. */
function connected(rules: Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const vertical = rules.flatMap((r, i) => (r.axis === 'v' ? [i] : [])).sort((a, b) => rules[a]!.at - rules[b]!.at);
  rules.forEach((h, i) => {
    if (h.axis !== 'h') return;
    // The vertical rules within the horizontal one's reach, found by halving.
    let lo = 0;
    for (let hi = vertical.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (rules[vertical[mid]!]!.at < h.from - NEAR) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < vertical.length && rules[vertical[k]!]!.at <= h.to + NEAR; k++) {
      const v = rules[vertical[k]!]!;
      if (h.at >= v.from - NEAR && h.at <= v.to + NEAR) parent[find(i)] = find(vertical[k]!);
    }
  });
  const sets = new Map<number, Rule[]>();
  rules.forEach((r, i) => sets.set(find(i), [...(sets.get(find(i)) ?? []), r]));
  return [...sets.values()];
}

/** A rule on the line at `at` covers most of the stretch `from`–`to`. */
const ruled = (rules: Rule[], at: number, from: number, to: number) =>
  rules.some((r) => Math.abs(r.at - at) <= EDGE && Math.min(r.to, to) - Math.max(r.from, from) >= (to - from) / 2);

/** A cell of a drawn grid: the slots it takes (merged where no rule parts them) and the pieces of text in it. */
interface GridCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
  x0: number;
  x1: number;
  pieces: Piece[];
}

/** A grid of rules read as a table, or the reason it cannot be; `taken` are the pieces of text inside it. */
function readGrid(set: Rule[], pieces: Piece[], shades: Shade[]): { table?: PdfTable; doubt?: string; taken: Piece[] } {
  const hs = set.filter((r) => r.axis === 'h');
  const vs = set.filter((r) => r.axis === 'v');
  // Edges: the rules, and the ends of the rules across them (a table may leave its outer sides open).
  const xs = cluster([...vs.map((r) => r.at), Math.min(...hs.map((r) => r.from)), Math.max(...hs.map((r) => r.to))], EDGE);
  const ys = cluster([...hs.map((r) => r.at), Math.min(...vs.map((r) => r.from)), Math.max(...vs.map((r) => r.to))], EDGE);
  const [left, right, top, bottom] = [xs[0]!, xs.at(-1)!, ys[0]!, ys.at(-1)!];
  const taken = pieces.filter((p) => {
    const cx = (p.x0 + p.x1) / 2;
    const cy = centreY(p);
    return cx > left && cx < right && cy > top && cy < bottom;
  });
  // Rules around no text (a chart's grid, a rule under a heading) are no table.
  if (!taken.length) return { taken };
  const nRows = ys.length - 1;
  const nCols = xs.length - 1;
  // Slots no rule parts are one cell.
  const parent = Array.from({ length: nRows * nCols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < nRows; i++)
    for (let j = 0; j < nCols; j++) {
      if (j + 1 < nCols && !ruled(vs, xs[j + 1]!, ys[i]!, ys[i + 1]!)) parent[find(i * nCols + j)] = find(i * nCols + j + 1);
      if (i + 1 < nRows && !ruled(hs, ys[i + 1]!, xs[j]!, xs[j + 1]!)) parent[find(i * nCols + j)] = find((i + 1) * nCols + j);
    }
  const slots = new Map<number, number[]>();
  for (let s = 0; s < nRows * nCols; s++) slots.set(find(s), [...(slots.get(find(s)) ?? []), s]);
  const cells: GridCell[] = [];
  const cellOf = new Map<number, GridCell>();
  for (const group of slots.values()) {
    const rows = group.map((s) => Math.floor(s / nCols));
    const cols = group.map((s) => s % nCols);
    const cell: GridCell = {
      row: Math.min(...rows),
      col: Math.min(...cols),
      rows: Math.max(...rows) - Math.min(...rows) + 1,
      cols: Math.max(...cols) - Math.min(...cols) + 1,
      x0: xs[Math.min(...cols)]!,
      x1: xs[Math.max(...cols) + 1]!,
      pieces: [],
    };
    if (cell.rows * cell.cols !== group.length)
      return { doubt: 'its ruling leaves cells that are not rectangles, so its merged cells cannot be told', taken };
    cells.push(cell);
    for (const s of group) cellOf.set(s, cell);
  }
  for (const p of taken) {
    const i = ys.findIndex((_, k) => k < nRows && centreY(p) < ys[k + 1]!);
    const j = xs.findIndex((_, k) => k < nCols && (p.x0 + p.x1) / 2 < xs[k + 1]!);
    const cell = cellOf.get(i * nCols + j)!;
    // A cell's text stands inside its rules (a cell's padding is wider than a rule is thick): text past them overflows its cell.
    if (p.x0 < cell.x0 - INSIDE || p.x1 > cell.x1 + INSIDE) return { doubt: 'text runs across a ruled cell edge', taken };
    cell.pieces.push(p);
  }
  // A box (one cell across) is a frame around text, not a table.
  if (Math.max(...cells.map((c) => c.col)) === 0) return { taken: [] };
  // Rows with no text and no merged cell across them (a drawn spacer row) are left out, as a web page's empty rows are.
  const kept = Array.from({ length: nRows }, (_, i) =>
    cells.some((c) => (c.row === i && c.pieces.length > 0) || (c.rows > 1 && c.row <= i && c.row + c.rows > i)),
  );
  const rowIndex = kept.map((_, i) => kept.slice(0, i).filter(Boolean).length);
  const byRow = kept.flatMap((k, i) => (k ? [cells.filter((c) => c.row === i).sort((a, b) => a.col - b.col)] : []));
  const shaded = (row: GridCell[]) =>
    row.every((c) =>
      shades.some((s) => s.x0 <= c.x0 + 1 && s.x1 >= c.x1 - 1 && s.y0 <= ys[c.row]! + NEAR && s.y1 >= ys[c.row + 1]! - NEAR),
    );
  let headerRows = headerCount(
    byRow.map((r) => r.flatMap((c) => c.pieces)),
    byRow.map(shaded),
  );
  // A header cell spanning rows takes them into the header.
  for (const c of cells) if (kept[c.row] && rowIndex[c.row]! < headerRows) headerRows = Math.max(headerRows, rowIndex[c.row]! + c.rows);
  if (headerRows >= byRow.length) headerRows = 0;
  const spans: CellSpan[] = byRow.flatMap((row, r) =>
    row.flatMap((c, k) => (c.rows > 1 || c.cols > 1 ? [{ row: r, cell: k, rows: c.rows, cols: c.cols }] : [])),
  );
  return {
    table: {
      rows: byRow.map((row) => row.map((c) => (c.pieces.length ? blockOfPieces(c.pieces) : ''))),
      headerRows,
      spans,
      edges: xs,
      x0: left,
      x1: right,
      top,
      size: mean(taken.map((p) => p.size)),
    },
    taken,
  };
}

/** How many first rows are headers: those set all in bold while a later row is not, or else a first row shaded where the next is not. */
function headerCount(rows: Piece[][], shaded: boolean[]): number {
  const bold = rows.map((r) => r.length > 0 && r.every((p) => p.bold));
  const n = bold.findIndex((b) => !b);
  if (n > 0) return n;
  return shaded[0] && !shaded[1] ? 1 : 0;
}

/** A line set in three or more runs of text an em or more apart: a table's row, if others like it follow. */
const inColumns = (row: Piece[]) => chunks(row, 1).length >= MIN_COLUMNS;

const span = (ps: Piece[]) => ({ x0: Math.min(...ps.map((p) => p.x0)), x1: Math.max(...ps.map((p) => p.x1)) });

/** A row's pieces in runs, parted where the gap between two exceeds `ems` of their size. */
function chunks(row: Piece[], ems: number): Piece[][] {
  const out: Piece[][] = [];
  for (const p of row) {
    const last = out.at(-1);
    if (last && p.x0 - span(last).x1 <= Math.max(p.size, last.at(-1)!.size) * ems) last.push(p);
    else out.push([p]);
  }
  return out;
}

/** The columns of lines set in columns: the stretches their runs of text fill, parted by gaps no line crosses. */
function columnsOf(lines: Piece[][][]): { x0: number; x1: number }[] {
  const cols: { x0: number; x1: number }[] = [];
  const runs = lines.flat().map(span);
  const em = mean(lines.flat(2).map((p) => p.size));
  for (const r of runs.sort((a, b) => a.x0 - b.x0)) {
    const last = cols.at(-1);
    if (last && r.x0 <= last.x1 + em / 4) last.x1 = Math.max(last.x1, r.x1);
    else cols.push({ ...r });
  }
  return cols;
}

/**
 * A stretch of rows, from a row set in columns to the last such row with at
 * most MAX_WRAP other rows between any two: a table, a doubt, or (split where
 * a row between does not stand in the columns) the same for each part.
 */
function readAligned(stretch: Piece[][], shades: Shade[]): { tables: PdfTable[]; doubts: TableDoubt[]; taken: Piece[][] } {
  // It runs from a row set in columns to the last one; lines before the first or after the last are text.
  const first = stretch.findIndex(inColumns);
  const rows = first < 0 ? [] : stretch.slice(first, stretch.findLastIndex(inColumns) + 1);
  const set = rows.map((r) => chunks(r, 1));
  const isRow = set.map((c) => c.length >= MIN_COLUMNS);
  const count = isRow.filter(Boolean).length;
  if (count < MIN_ROWS) return { tables: [], doubts: [], taken: [] };
  const cols = columnsOf(set.filter((_, i) => isRow[i]));
  if (cols.length < MIN_COLUMNS)
    return {
      tables: [],
      doubts: [{ rows: rows.filter((_, i) => isRow[i]), message: 'lines set in columns like a table, whose columns run into one another' }],
      taken: [],
    };
  // A wrapped line may run past its column's widest row, but not into the next column.
  const em = mean(rows.flat().map((p) => p.size));
  const fits = (i: number) =>
    set[i]!.every((c) =>
      cols.some(
        (col, k) =>
          span(c).x0 >= col.x0 - 1 && span(c).x1 <= (cols[k + 1]?.x0 ?? Infinity) - em / 2 && span(c).x0 > (cols[k - 1]?.x1 ?? -Infinity),
      ),
    );
  const misfit = rows.findIndex((_, i) => !isRow[i] && !fits(i));
  if (misfit >= 0) {
    const before = readAligned(rows.slice(0, misfit), shades);
    const after = readAligned(rows.slice(misfit + 1), shades);
    return {
      tables: [...before.tables, ...after.tables],
      doubts: [...before.doubts, ...after.doubts],
      taken: [...before.taken, ...after.taken],
    };
  }
  // A line between two rows is their cell's text wrapped: it goes on in the row above.
  const cells: Piece[][][] = [];
  rows.forEach((row, i) => {
    if (isRow[i]) cells.push(cols.map(() => []));
    for (const p of row) cells.at(-1)![cols.findLastIndex((c) => p.x0 >= c.x0 - 1)]!.push(p);
  });
  const top = Math.min(...rows[0]!.map((p) => p.y - p.size));
  const shaded = cells.map((row) => {
    const ps = row.flat();
    const y0 = Math.min(...ps.map((p) => p.y - p.size));
    const y1 = Math.max(...ps.map((p) => p.y));
    return shades.some((s) => s.x0 <= cols[0]!.x0 && s.x1 >= cols.at(-1)!.x1 && s.y0 <= y0 && s.y1 >= y1);
  });
  const headerRows = headerCount(
    cells.map((r) => r.flat()),
    shaded,
  );
  return {
    tables: [
      {
        rows: cells.map((row) => row.map((c) => (c.length ? blockOfPieces(c) : ''))),
        headerRows: headerRows < cells.length ? headerRows : 0,
        spans: [],
        edges: [...cols.map((c) => c.x0), cols.at(-1)!.x1],
        x0: cols[0]!.x0,
        x1: cols.at(-1)!.x1,
        top,
        size: em,
      },
    ],
    doubts: [],
    taken: rows,
  };
}

/** Stretches of rows that may be a table drawn without rules: rows set in three or more runs an em apart, near one another, with a few other rows between; none of the `doubtful` rows. */
function alignedStretches(rows: Piece[][], doubtful: Set<Piece[]>): Piece[][][] {
  const isRow = rows.map((r) => !doubtful.has(r) && inColumns(r));
  // A drawn table's rows that could not be read are no part of one set in columns.
  const near = (a: Piece[], b: Piece[]) => !doubtful.has(b) && b[0]!.y - a[0]!.y <= Math.max(a[0]!.size, b[0]!.size) * 3;
  const out: Piece[][][] = [];
  let i = 0;
  while (i < rows.length) {
    if (!isRow[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < rows.length && !isRow[k] && k - j < MAX_WRAP && near(rows[k - 1]!, rows[k]!)) k++;
      if (k < rows.length && isRow[k] && near(rows[k - 1]!, rows[k]!)) j = k + 1;
      else break;
    }
    out.push(rows.slice(i, j));
    i = j;
  }
  return out;
}

/** The page's tables, drawn or set in columns; the rows of text left, in order; and the lines set like a table that could not be read as one. */
export function readTables(pieces: Piece[], { rules, shades }: Drawing): { rows: Piece[][]; tables: PdfTable[]; doubts: TableDoubt[] } {
  const tables: PdfTable[] = [];
  const doubts: TableDoubt[] = [];
  let left = pieces;
  for (const set of connected(mergeRules(rules))) {
    if (set.filter((r) => r.axis === 'h').length < 2 || set.filter((r) => r.axis === 'v').length < 2) continue;
    const { table, doubt, taken } = readGrid(set, left, shades);
    if (table) {
      tables.push(table);
      left = left.filter((p) => !taken.includes(p));
    } else if (doubt) {
      // Its pieces stay text, on the page's own rows.
      doubts.push({ rows: rowsOf(taken), message: `a table drawn with rules whose text cannot be read cell by cell: ${doubt}` });
    }
  }
  let rows = rowsOf(left);
  // The doubts' rows are the page's rows that hold their pieces.
  for (const d of doubts) d.rows = rows.filter((r) => r.some((p) => d.rows.some((dr) => dr.includes(p))));
  for (const stretch of alignedStretches(rows, new Set(doubts.flatMap((d) => d.rows)))) {
    const read = readAligned(stretch, shades);
    tables.push(...read.tables);
    doubts.push(...read.doubts);
    rows = rows.filter((r) => !read.taken.includes(r));
  }
  return { rows, tables: tables.sort((a, b) => a.top - b.top), doubts };
}
