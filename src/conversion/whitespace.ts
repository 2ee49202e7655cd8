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
 * 6. Any other run of whitespace (between Latin words) becomes one space.
 */

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2ffff}';
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

/** The whitespace-delimited token that ends (or starts) at a position, for the letter-spacing test. */
function tokenLength(text: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (let i = from; i >= 0 && i < text.length && !/\s|\u3000/.test(text[i]!); i += step) n++;
  return n;
}

export function normalizeLine(line: string): string {
  const trimmed = line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  return trimmed.replace(new RegExp(WS, 'gu'), (run, offset: number, whole: string) => {
    const before = [...whole.slice(0, offset)].at(-1);
    const after = [...whole.slice(offset + run.length)][0];
    const a = classOf(before);
    const b = classOf(after);
    if (a === 'punct' || b === 'punct') return '';
    if ((a === 'cjk' && b === 'alnum') || (a === 'alnum' && b === 'cjk')) return '';
    if (a === 'cjk' && b === 'cjk') {
      const left = tokenLength(whole, offset - 1, -1);
      const right = tokenLength(whole, offset + run.length, 1);
      return left === 1 && right === 1 ? '' : ' ';
    }
    if (a === 'alnum' && (after === '%' || after === '‰')) return '';
    if (a === 'cjk' || b === 'cjk') return '';
    return ' ';
  });
}

/**
 * Joins two pieces of a wrapped line without a space: in these documents Latin
 * runs are acronyms and codes ("TOD/SOD", "PPP", "5G") that a PDF may break anywhere.
 */
export function joinWrapped(left: string, right: string): string {
  return left + right;
}

/** Display width in em: CJK and full-width characters count 1, ASCII counts 0.5. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}
