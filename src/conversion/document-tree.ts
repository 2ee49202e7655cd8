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

export interface AsideNode {
  type: 'aside';
  /** The box number as printed (专栏 8 -> "8"). */
  number: string;
  title: string;
  line: number;
  children: ParagraphNode[];
}

export interface FigureNode {
  type: 'figure';
  number: string;
  caption: string;
  line: number;
}

export type BodyNode = HeadingNode | ParagraphNode | AsideNode | FigureNode;

export interface DocumentTree {
  front: FrontLine[];
  body: BodyNode[];
}
