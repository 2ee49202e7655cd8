/**
 * The one tokenizer for both sides of search. Pagefind segments Chinese at
 * index time and again, differently, in the browser, so a query can miss text
 * it plainly contains. We index and query the same tokens instead: every run
 * of Han characters as overlapping character pairs (the classic CJK bigram
 * scheme), each pair spelled in ASCII so Pagefind's own segmenter leaves it
 * whole, and other letters and numbers as lower-case words. A query matches a
 * record that holds all its pairs; a single character matches by prefix.
 *
 * Runs in the build (Node) and in the browser: imports only the browser-safe kernel.
 */
import { isHan } from '../zh/chars.ts';
const WORD = /[\p{L}\p{N}]/u;

/** A Han character in four base-36 digits, so a one-character prefix is a prefix of every pair it starts. */
function spell(char: string): string {
  return char.codePointAt(0)!.toString(36).padStart(4, '0');
}

/** Runs of Han characters and runs of other letters or digits ("4000", "5g", "97d77"), in order. */
function runs(text: string): { han: boolean; text: string }[] {
  const out: { han: boolean; text: string }[] = [];
  // NFKC folds full-width letters and digits (ＧＤＰ, １２３) into ASCII.
  const chars = [...text.normalize('NFKC').toLowerCase()];
  chars.forEach((c, i) => {
    // A decimal point between digits stays in the number; Pagefind would split on it.
    const point = c === '.' && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '');
    const han = isHan(c);
    const last = out.at(-1);
    if (!han && !WORD.test(c) && !point) out.push({ han: false, text: '' });
    else if (last && last.text && last.han === han) last.text += point ? 'd' : c;
    else out.push({ han, text: point ? 'd' : c });
  });
  return out.filter((r) => r.text);
}

function pairs(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [`q${spell(chars[0]!)}`];
  return chars.slice(1).map((c, i) => `q${spell(chars[i]!)}${spell(c)}`);
}

/** The tokens a record is indexed under, joined by spaces. */
export function indexText(text: string): string {
  return runs(text)
    .flatMap((r) => (r.han ? pairs(r.text) : [r.text]))
    .join(' ');
}

/**
 * The query Pagefind receives for a query already cut into segments: pairs
 * never cross a segment boundary, so "怀邵衡铁路|建成通车" also finds
 * "怀邵衡铁路衡阳段建成通车". Duplicate tokens are dropped.
 */
export function queryText(segments: string[]): string {
  return [...new Set(segments.flatMap((s) => indexText(s).split(' ')).filter(Boolean))].join(' ');
}
