/**
 * Re-joins lines into blocks (paragraph-sized pieces of text).
 *
 * Two layouts occur. Plain reports have one paragraph per line, with an occasional
 * stray break inside a sentence. PDF extractions are hard-wrapped at a fixed width,
 * with blank lines between the wrapped lines; there a paragraph ends at a short
 * line, and a full line ending a sentence ends the paragraph only when the next
 * line is indented (where the extraction kept indents) or, failing that, opens
 * a new element or a run-in lead phrase.
 */
import { displayWidth, joinWrapped, normalizeLine } from './whitespace.ts';
import { ENDS_WITH_COLON, HAS_SENTENCE_END, LEAD_PHRASE, NOTE_ITEM, SENTENCE_END, isStrongStart, isWeakStart } from './line-shapes.ts';

export interface Line {
  text: string;
  /** 1-based line number in the source file. */
  line: number;
  /** Opens with a paragraph indent (two spaces or a full-width space); a single space is a page-break artefact. */
  indent: boolean;
}

export interface Block {
  text: string;
  line: number;
}

export interface Layout {
  wrapped: boolean;
  /** The wrap width in em, when wrapped. */
  width: number;
  /** The extraction kept paragraph indents, so they, not lead phrases, mark new paragraphs. */
  indents: boolean;
}

/** Lines wider than this are paragraphs, not wrapped lines or headings. */
export const SHORT_LINE = 40;

/** Word spaces between Chinese words are kept only in heading-like lines ("第二章 坚持创新发展 加快…"); in prose they are extraction artefacts. */
const CJK_GAP = /(?<=[\u2e80-\u9fff]) (?=[\u2e80-\u9fff])/gu;

export function splitLines(text: string): Line[] {
  return text
    .split('\n')
    .map((raw, i) => {
      const normalized = normalizeLine(raw);
      return { text: isHeadingLike(normalized) ? normalized : normalized.replace(CJK_GAP, ''), line: i + 1, indent: /^(?: {2}|\t|\u3000)/u.test(raw) };
    })
    .filter((l) => l.text !== '');
}

export function detectLayout(lines: Line[]): Layout {
  const widths = lines.map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  if (widths.length < 12) return { wrapped: false, width: 0, indents: false };
  const width = widths[Math.floor(widths.length * 0.9)]!;
  const full = widths.filter((w) => w >= width - 2 && w <= width).length;
  const wrapped = width <= SHORT_LINE && full / widths.length >= 0.4;
  return { wrapped, width, indents: wrapped && lines.filter((l) => l.indent).length >= lines.length * 0.05 };
}

/**
 * A line that reaches the wrap width. Quotes and digits are often set narrower
 * in the PDF, so a line that stops mid-sentence but holds sentence punctuation
 * (past an enumerator such as "1、") counts as full from 70% of the width:
 * headings never hold any. A line ending a sentence must really be full.
 */
function isFull(text: string, layout: Layout, endsSentence: boolean): boolean {
  const width = displayWidth(text);
  if (width >= layout.width - 2.5) return true;
  return !endsSentence && width >= layout.width * 0.7 && /[，。；：、]/.test(text.slice(4));
}

/** Looks like an unnumbered heading or title line: short, no sentence inside it. */
export function isHeadingLike(text: string): boolean {
  return displayWidth(text) <= SHORT_LINE && !HAS_SENTENCE_END.test(text) && !ENDS_WITH_COLON.test(text) && !NOTE_ITEM.test(text);
}

function continues(prev: string, next: Line, following: Line[], layout: Layout): boolean {
  if (isStrongStart(next.text)) return false;
  if (layout.wrapped) {
    const endsSentence = SENTENCE_END.test(prev) || ENDS_WITH_COLON.test(prev);
    if (!isFull(prev, layout, endsSentence)) return false;
    if (layout.indents) return !next.indent;
    if (!endsSentence) return true;
    if (ENDS_WITH_COLON.test(prev)) return !isWeakStart(next.text);
    const ahead = [next, ...following.slice(0, 2)].map((l) => l.text).reduce(joinWrapped, '');
    return !isWeakStart(next.text) && !LEAD_PHRASE.test(ahead);
  }
  if (SENTENCE_END.test(prev) || ENDS_WITH_COLON.test(prev)) return false;
  if (isWeakStart(next.text)) return false;
  return !isHeadingLike(prev);
}

/** A line holding only a number, in a wrapped (PDF) text, is a page number: an extraction artefact. */
export const PAGE_NUMBER = /^\d{1,3}$/;

export function dropPageNumbers(lines: Line[], layout: Layout): Line[] {
  return layout.wrapped ? lines.filter((l) => !PAGE_NUMBER.test(l.text)) : lines;
}

export function reflow(lines: Line[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let last = '';
  lines.forEach((line, i) => {
    if (current && continues(last, line, lines.slice(i + 1), layout)) {
      current.text = joinWrapped(current.text, line.text);
    } else {
      current = { text: line.text, line: line.line };
      blocks.push(current);
    }
    last = line.text;
  });
  return blocks;
}
