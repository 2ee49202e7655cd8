/** The structured form of a source document, between plain text and MDX. */
import type { HeadingKind } from './line-shapes.ts';

/** `lead`: a news lead printed before the title (`1月18日，…作《政府工作报告》。`), kept where the text prints it. */
export type FrontRole = 'lead' | 'title' | 'kicker' | 'date' | 'byline';

export interface FrontLine {
  role: FrontRole;
  text: string;
  line: number;
}

export interface HeadingNode {
  type: 'heading';
  /** `appendix`: 附件, 附表, 名词解释…, a top-level section of its own. */
  kind: HeadingKind | 'unnumbered' | 'appendix';
  depth: number;
  text: string;
  line: number;
}

export interface ParagraphNode {
  type: 'paragraph';
  text: string;
  line: number;
}

/** Bullet items in a row (`●…`, each keeping its mark as written), or a list the file marks as one (Word, `<ul>`/`<ol>`). */
export interface ListNode {
  type: 'list';
  /** Numbered by the file (Word's numbering, `<ol>`), its numbers not part of the text. */
  ordered: boolean;
  items: ParagraphNode[];
  line: number;
}

/** A table the file holds as one (Word, `<table>`, a PDF's ruled grid): every cell's text, rows in order. */
export interface TableNode {
  type: 'table';
  /** A title line printed right above the table (`表1 …`, `…一览表`), or the file's own caption. */
  caption?: string;
  /** How many of the first rows the file marks as header rows. */
  headerRows: number;
  /** Each row's cells, those that start in it (a cell merged down from a row above is not repeated). */
  rows: string[][];
  /** Merged cells, where the file has them. */
  spans?: CellSpan[];
  line: number;
}

/** A merged cell: the `cell`th cell of row `row` takes `rows` rows and `cols` columns. */
export interface CellSpan {
  row: number;
  cell: number;
  rows: number;
  cols: number;
}

/** What a 专栏 box and the body hold besides headings. */
export type ContentNode = ParagraphNode | ListNode | TableNode;

export interface AsideNode {
  type: 'aside';
  /** The box number as printed (专栏 8 -> "8"). */
  number: string;
  title: string;
  line: number;
  children: ContentNode[];
}

export interface FigureNode {
  type: 'figure';
  number: string;
  caption: string;
  line: number;
}

export type BodyNode = HeadingNode | ContentNode | AsideNode | FigureNode;

export interface DocumentTree {
  front: FrontLine[];
  body: BodyNode[];
}
