/**
 * The shape every importer gives: a document read from its file format
 * (PDF, DOCX, HTML) as a list of blocks, each with where it came from, plus
 * what was left out as page or site furniture. The build turns it into the
 * same document tree a text source becomes (src/import/to-tree.ts), and its
 * text, one block a line, is what fidelity checks against the page.
 */
import { BULLET, headingKindOf } from '../conversion/line-shapes.ts';
import { SHORT_LINE, isHeadingLike } from '../conversion/reflow.ts';
import { displayWidth } from '../conversion/whitespace.ts';
import type { CellSpan } from '../conversion/document-tree.ts';

/** Where a block or a dropped piece is in the original file: `page 3, y 512` (PDF), `paragraph 12` (DOCX), `body > div.main > p:nth-of-type(3)` (HTML). */
export type Origin = string;

export type ImportedBlock =
  | {
      type: 'heading';
      /** The source's own level (1 for h1 or Heading 1), when the format says it; a heading told by its look alone has none. */
      level?: number;
      text: string;
      origin: Origin;
    }
  | { type: 'paragraph'; text: string; origin: Origin }
  /** An item of a list the file marks as one (`<li>`, Word's numbering): `list` tells one list from the next. */
  | { type: 'item'; text: string; origin: Origin; ordered: boolean; list: number }
  /**
   * A table the file holds as one; `headerRows` of its first rows are marked as headers, `caption` is its own title.
   * A row lists the cells that start in it; `spans` are its merged cells.
   */
  | { type: 'table'; rows: string[][]; headerRows: number; caption?: string; spans?: CellSpan[]; origin: Origin };

export interface Dropped {
  text: string;
  origin: Origin;
  /** Why it is not part of the document: `running head`, `page number`, `navigation` … */
  why: string;
}

export interface ImportedDocument {
  format: 'pdf' | 'docx' | 'html';
  blocks: ImportedBlock[];
  /** Furniture left out, listed by inspect and counted by fidelity as removed. */
  dropped: Dropped[];
  /** Things a maintainer should look at, e.g. a table a PDF does not draw; `line`, where known, is the line of the imported text. */
  warnings: { origin: Origin; message: string; line?: number }[];
}

/** A block's text as one line: a table's caption and rows separated by two tabs, its cells by one. */
export function blockText(block: ImportedBlock): string {
  if (block.type !== 'table') return block.text;
  return [...(block.caption === undefined ? [] : [block.caption]), ...block.rows.map((r) => r.join('\t'))].join('\t\t');
}

/** The text the build makes of an imported document, one block a line (line n is block n), and the map of each line to its origin. */
export function importedText(doc: ImportedDocument): { text: string; map: Origin[] } {
  return { text: doc.blocks.map((b) => `${blockText(b)}\n`).join(''), map: doc.blocks.map((b) => b.origin) };
}

/** Whitespace inside a block as one space, none at its ends (the text path's rule: whitespace is not content). */
export const tidy = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** A line whose look (type, weight, centring) may make it a heading: heading-like, or short and numbered as headings are (`（一）突出打硬仗，三大攻坚战扎实推进。`); never a bullet item. */
export const headingByLook = (text: string): boolean =>
  !BULLET.test(text) && (isHeadingLike(text) || (headingKindOf(text) !== undefined && displayWidth(text) <= SHORT_LINE));
