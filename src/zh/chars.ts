/**
 * Character classes of Chinese text, each written once. Browser-safe: the
 * search page and the build import the same definitions.
 *
 * Classes are exported as RegExp source (to build larger patterns with the `u`
 * flag) and as tests of one character.
 */

/** Han characters: every code point Unicode assigns to the Han script (CJK ideographs of every block, 〇, 々). */
export const HAN = String.raw`\p{Script=Han}`;

/**
 * CJK characters as whitespace rules see them, the scripts set solid without word spaces:
 * Han in every block with the radicals, CJK symbols and kana between them (U+2E80–U+9FFF),
 * compatibility ideographs and the supplementary ideographic planes.
 */
export const CJK = String.raw`\u2e80-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}`;

const HAN_CHAR = new RegExp(HAN, 'u');
export const isHan = (ch: string): boolean => HAN_CHAR.test(ch);
/** Whether a text holds at least one Han character. */
export const hasHan = (text: string): boolean => HAN_CHAR.test(text);

/** Full-width marks that end a sentence proper. */
export const FULL_STOP_MARKS = '。！？';
/** Full-width marks that end a sentence or one of its parts: the full stops and the semicolon. */
export const SENTENCE_END_MARKS = `${FULL_STOP_MARKS}；`;
/** Their ASCII forms, which some extractions print. */
export const ASCII_SENTENCE_END_MARKS = '!?;';
/** Full-width marks that end a clause: the sentence ends and the comma and colon. */
export const CLAUSE_END_MARKS = '，。；：！？';
/** The enumeration comma (A、B、C). */
export const LIST_MARK = '、';

/** Characters that end a sentence (one full-width mark). */
export const SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}]`, 'u');
/** Characters that end a clause. */
export const CLAUSE_END = new RegExp(`[${CLAUSE_END_MARKS}]`, 'u');

/**
 * Closing marks: what may not start a line (GB/T 15834 and the W3C's clreq):
 * closing brackets and quotes, the pause and stop marks in both widths, the
 * ellipsis and the percent sign that belongs to the figure before it.
 */
export const CLOSING_MARKS = String.raw`\p{Pe}\p{Pf}，。、；：！？,.;:!?…%`;
/** Closing brackets and quotes alone: ）》」』”’ and their kin. */
export const CLOSING_BRACKETS = String.raw`\p{Pe}\p{Pf}`;
/** The full-width closing marks alone, which a Chinese typesetter never starts a line with (a Latin comma may start one). */
export const FULL_WIDTH_CLOSING_MARKS = `${CLOSING_BRACKETS}，。、；：！？`;
/** Opening marks: what may not end a line, opening brackets and quotes. */
export const OPENING_MARKS = String.raw`\p{Ps}\p{Pi}`;

const CLOSING_CHAR = new RegExp(`[${CLOSING_MARKS}]`, 'u');
const OPENING_CHAR = new RegExp(`[${OPENING_MARKS}]`, 'u');
export const isClosingMark = (ch: string): boolean => CLOSING_CHAR.test(ch);
export const isOpeningMark = (ch: string): boolean => OPENING_CHAR.test(ch);

/** Digits as figures are written: ASCII and full-width. */
export const DIGIT = '0-9０-９';

/** Chinese text's marks that a space beside is no word space either: the clause ends, the pause, opening marks, closing brackets. */
const CJK_MARKS = `${CLAUSE_END_MARKS}${LIST_MARK}${OPENING_MARKS}${CLOSING_BRACKETS}`;

/**
 * A space between two Chinese characters (with `marks`, also where one side or both is one of Chinese text's marks):
 * Chinese is set without word spaces, so such a space is an extractor's (a justified line's letter-spacing, a tool's word
 * spacing), never the text's. A single space only: a wider run is a layout's gap (a flattened page's line end), which a
 * caller that reads it as spacing collapses first. A new global pattern each call (it keeps its place between matches).
 */
export function extractorSpace({ marks = false }: { marks?: boolean } = {}): RegExp {
  const side = marks ? `[${CJK}${CJK_MARKS}]` : `[${CJK}]`;
  return new RegExp(`(?<=${side}) (?=${side})`, 'gu');
}
