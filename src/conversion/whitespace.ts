/**
 * Whitespace rules for Chinese source text (documented in docs/conversion-rules.md).
 * Only whitespace changes here; every other character is kept.
 *
 * 1. Leading and trailing whitespace of a line goes (PDF page breaks leave a leading space).
 * 2. Whitespace touching full-width punctuation goes (`取胜： 疫情` -> `取胜：疫情`).
 * 3. Whitespace between a CJK character and a digit or Latin letter goes (`2020 年` -> `2020年`).
 * 4. Whitespace between two CJK characters goes when it is letter-spacing, i.e. when a
 *    single character stands on both sides (`政 府 工 作 报 告`, `专 栏`), and is kept as one
 *    space between words (`第二章 坚持创新发展 加快转换发展动力`, `区长  刘  浪` -> `区长 刘浪`).
 * 5. Whitespace between a number and a following `%`/`‰` goes (`5 %` -> `5%`).
 * 6. In a line of Chinese prose, whitespace inside one token goes: `G 107` -> `G107`, `4 A级` -> `4A级`,
 *    `3 - 5家` -> `3-5家`, `8.5% (预计数` -> `8.5%(预计数`.
 * 7. Any other run of whitespace (between Latin words) becomes one space.
 */

import { eastAsianWidth } from 'get-east-asian-width';
import { CJK } from '../zh/chars.ts';

const FULLWIDTH_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026\\u00b7\\u2236\\u25a0-\\u25ff';
const WS = '[ \\t\\u00a0\\u3000]+';

const isCjk = new RegExp(`^[${CJK}]$`, 'u');
const isPunct = new RegExp(`^[${FULLWIDTH_PUNCT}]$`, 'u');
const isAsciiAlnum = /^[0-9A-Za-z]$/;

function classOf(ch: string | undefined): 'cjk' | 'punct' | 'alnum' | 'other' | 'none' {
  if (ch === undefined) return 'none';
  if (isPunct.test(ch)) return 'punct';
  if (isCjk.test(ch)) return 'cjk';
  if (isAsciiAlnum.test(ch)) return 'alnum';
  return 'other';
}

/** Whether the whitespace-delimited token ending (or starting) at a position is one character, for the letter-spacing test. */
function singleChar(text: string, from: number, step: 1 | -1): boolean {
  let n = 0;
  for (let i = from; n < 2 && i >= 0 && i < text.length && !/\s|\u3000/.test(text[i]!); i += step) n++;
  return n === 1;
}

/** The character (code point) ending before, or starting at, a UTF-16 offset; looking only there keeps a long line linear. */
function charBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? text.slice(offset - 2, offset) : text[offset - 1];
}

function charAt(text: string, offset: number): string | undefined {
  const cp = text.codePointAt(offset);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

export function normalizeLine(line: string): string {
  const trimmed = line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  return trimmed.replace(new RegExp(WS, 'gu'), (run, offset: number, whole: string) => {
    const before = charBefore(whole, offset);
    const after = charAt(whole, offset + run.length);
    const a = classOf(before);
    const b = classOf(after);
    if (a === 'punct' || b === 'punct') return '';
    if ((a === 'cjk' && b === 'alnum') || (a === 'alnum' && b === 'cjk')) return '';
    if (a === 'cjk' && b === 'cjk') {
      return singleChar(whole, offset - 1, -1) && singleChar(whole, offset + run.length, 1) ? '' : ' ';
    }
    if (a === 'alnum' && (after === '%' || after === '‰')) return '';
    if (a === 'cjk' || b === 'cjk') return '';
    if (HAS_CJK.test(whole) && insideToken(whole, offset, offset + run.length)) return '';
    return ' ';
  });
}

const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const DIGIT = /^[0-9]$/;
const LETTER = /^[A-Za-z]$/;
const DASH = /^[-–~～]$/;
const POINT = /^[.:]$/;

/** The first character from a position that is not whitespace. */
function skipSpaces(text: string, from: number, step: 1 | -1): string {
  let i = from;
  while (i >= 0 && i < text.length && /\s|\u3000/.test(text[i]!)) i += step;
  return text[i] ?? '';
}

/** Letters in a row from a position, stopping at four (a code or unit has at most three). */
function letterRun(text: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (let i = from; n < 4 && i >= 0 && i < text.length && LETTER.test(text[i]!); i += step) n++;
  return n;
}

/**
 * Whitespace inside one token of Chinese prose (rule 7 in docs/conversion-rules.md):
 * a code or unit of at most three letters against a number (`G 107`, `4 A级`,
 * `110 kV`), a range dash between numbers (`3 - 5家`), a decimal point or ratio
 * colon spaced on both sides (`3 . 5`, `1 : 500`), and a bracket opening Chinese
 * text after a figure (`8.5% (预计数`). Between Latin words it stays.
 */
function insideToken(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (LETTER.test(before) && DIGIT.test(after)) return letterRun(text, start - 1, -1) <= 3;
  if (DIGIT.test(before) && LETTER.test(after)) return letterRun(text, end, 1) <= 3;
  if (DIGIT.test(before) && DASH.test(after)) return DIGIT.test(skipSpaces(text, end + 1, 1));
  if (DASH.test(before) && DIGIT.test(after)) return DIGIT.test(skipSpaces(text, start - 2, -1));
  if (/^[0-9%‰]$/.test(before) && after === '(') return HAS_CJK.test(text[end + 1] ?? '');
  // A decimal point or ratio colon spaced on both sides between digits (`3 . 5`, `1 : 500`); `5. 2021年` ends a sentence.
  if (DIGIT.test(before) && POINT.test(after)) return /\s/.test(text[end + 1] ?? '') && DIGIT.test(skipSpaces(text, end + 1, 1));
  if (POINT.test(before) && DIGIT.test(after)) return /\s/.test(text[start - 2] ?? '') && DIGIT.test(skipSpaces(text, start - 2, -1));
  return false;
}

/**
 * Joins two pieces of a wrapped line without a space: in these documents Latin
 * runs are acronyms and codes ("TOD/SOD", "PPP", "5G") that a PDF may break anywhere.
 */
export function joinWrapped(left: string, right: string): string {
  return left + right;
}

/** Format and combining characters take no room on a line. */
const ZERO_WIDTH = /^[\p{Cf}\p{Mn}\p{Me}]$/u;

/** Width in half-em of one code point. */
function halfEms(codePoint: number): number {
  if (ZERO_WIDTH.test(String.fromCodePoint(codePoint))) return 0;
  return eastAsianWidth(codePoint, { ambiguousAsWide: true });
}

/**
 * Widths of the Basic Multilingual Plane as they are first asked for, stored
 * plus one so 0 means not yet known: reflow measures every line of a text, and
 * the property lookup per character was most of its time.
 */
const BMP_HALF_EMS = new Uint8Array(0x10000);

/**
 * Display width in em as a Chinese typesetter sets the text: East Asian Wide and
 * Fullwidth characters count 1, narrow ones (digits, Latin letters, half-width
 * punctuation) 0.5. Ambiguous ones (“ ” — … ·) are full-width in a Chinese font.
 */
export function displayWidth(text: string): number {
  let halves = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      halves += halfEms(text.codePointAt(i)!);
      i++;
      continue;
    }
    let known = BMP_HALF_EMS[unit]!;
    if (known === 0) BMP_HALF_EMS[unit] = known = halfEms(unit) + 1;
    halves += known - 1;
  }
  return halves / 2;
}
