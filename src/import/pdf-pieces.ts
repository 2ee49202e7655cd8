/**
 * The pieces of text pdf.js gives for a PDF page (its text items, with their
 * positions, sizes and weight), and how pieces set side by side or one line
 * under the next are joined into text: the one rule for a line, a paragraph
 * and a table's cell.
 */
import { extractorSpace } from '../zh/chars.ts';
import { tidy } from './imported.ts';

export interface Piece {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, in points from the page's top. */
  y: number;
  size: number;
  bold: boolean;
}

/** Between Chinese text and its marks a space is only the extractor's (`tidy` has made each run one space). */
const CJK_GAP = extractorSpace({ marks: true });
const LATIN_END = /[A-Za-z0-9%.,)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** Two pieces of text joined: a space only between Latin words or figures the PDF set apart. */
export function join(left: string, right: string, gap: number, size: number): string {
  if (gap > size * 0.2 && LATIN_END.test(left) && LATIN_START.test(right)) return `${left} ${right}`;
  return left + right;
}

/** A line run on from the one above: a space only between Latin words or figures. */
export const joinLines = (upper: string, lower: string): string => join(upper, lower, 1, 0);

/** A line's text, its whitespace tidied; spaces a justified line's letter-spacing left between Chinese characters are not text (the text path's rule too). */
export const lineText = (text: string): string => tidy(text).replace(CJK_GAP, '');

/** Pieces on one baseline (within a third of their size), each row in order from left to right. */
export function rowsOf(pieces: Piece[]): Piece[][] {
  const rows: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - p.y) < Math.max(row[0]!.size, p.size) / 3) row.push(p);
    else rows.push([p]);
  }
  for (const row of rows) row.sort((a, b) => a.x0 - b.x0);
  return rows;
}

/** The text of pieces set as a block (a table's cell): their lines top to bottom, each left to right, run together as a paragraph's lines are. */
export function blockOfPieces(pieces: Piece[]): string {
  return lineText(
    rowsOf(pieces)
      .map((row) => row.slice(1).reduce((text, p, i) => join(text, p.text, p.x0 - row[i]!.x1, p.size), row[0]!.text))
      .reduce(joinLines),
  );
}
