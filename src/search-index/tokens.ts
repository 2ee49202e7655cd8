/**
 * The one tokenizer for both sides of search. Pagefind segments Chinese at
 * index time and again, differently, in the browser, so a query can miss text
 * it plainly contains. We index and query the same tokens instead: every run
 * of Han characters as overlapping character pairs (the classic CJK bigram
 * scheme), each pair spelled in ASCII so Pagefind's own segmenter leaves it
 * whole, and other letters and numbers as lower-case words. A number standing
 * alone is one word with the unit written after it (the units of
 * src/tracker/parse-figures.ts), ended by "n" so "4000" is no prefix of
 * "40000": "4000亿" finds "4000亿元" but not "4000美元", and "4000" finds
 * 4000 in any unit. A query matches a record that holds all its words, each
 * as a prefix; so a single character finds every pair it starts. A term,
 * entity or target page also holds one word per name it is about (nameToken),
 * so the pages about a name are one search away.
 *
 * Runs in the build (Node) and in the browser: imports only the browser-safe kernel and the figure reader.
 */
import { isHan } from '../zh/chars.ts';
import { unitAt } from '../tracker/parse-figures.ts';

const WORD = /[\p{L}\p{N}]/u;

/** A Han character in four base-36 digits, so a one-character prefix is a prefix of every pair it starts. */
function spell(char: string): string {
  return char.codePointAt(0)!.toString(36).padStart(4, '0');
}

/** Runs of Han characters and runs of other letters or digits ("4000", "5g", "97d77"), in order, each with where it ends in `text`. */
function runs(text: string): { han: boolean; text: string; end: number }[] {
  const out: { han: boolean; text: string; end: number }[] = [];
  const chars = [...text];
  let at = 0;
  chars.forEach((c, i) => {
    at += c.length;
    // A decimal point between digits stays in the number; Pagefind would split on it.
    const point = c === '.' && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '');
    const han = isHan(c);
    const last = out.at(-1);
    if (!han && !WORD.test(c) && !point) out.push({ han: false, text: '', end: at });
    else if (last && last.text && last.han === han) {
      last.text += point ? 'd' : c;
      last.end = at;
    } else out.push({ han, text: point ? 'd' : c, end: at });
  });
  return out.filter((r) => r.text);
}

const spellAll = (text: string) => [...text].map(spell).join('');

/** A run's words: a Han run's pairs, a lone number with its unit, any other run as it is. */
function tokensOf(run: { han: boolean; text: string; end: number }, text: string): string[] {
  if (run.han) return pairs(run.text);
  if (/^\d+(?:d\d+)?$/.test(run.text)) return [`f${run.text}n${spellAll(unitAt(text, run.end) ?? '')}`];
  return [run.text];
}

function pairs(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [`q${spell(chars[0]!)}`];
  return chars.slice(1).map((c, i) => `q${spell(chars[i]!)}${spell(c)}`);
}

/** The tokens a record is indexed under, joined by spaces. */
export function indexText(text: string): string {
  // NFKC folds full-width letters and digits (ＧＤＰ, １２３) into ASCII.
  const folded = text.normalize('NFKC').toLowerCase();
  return runs(folded)
    .flatMap((r) => tokensOf(r, folded))
    .join(' ');
}

/**
 * The one word a page about `name` is indexed under: "qq", the name spelled
 * whole, and "x". No pair starts "qq" (a spelled character starts with a
 * digit) and "x" starts no spelled character, so no other word starts with
 * it. Where a name has no such word (it has no page), Pagefind answers with
 * the records of the longest word the term starts with; the search page
 * checks each page it gets against the names the page lists.
 */
export function nameToken(name: string): string {
  return `qq${spellAll(name.normalize('NFKC').toLowerCase())}x`;
}

/**
 * The query Pagefind receives for a query already cut into segments: pairs
 * never cross a segment boundary, so "怀邵衡铁路|建成通车" also finds
 * "怀邵衡铁路衡阳段建成通车". Duplicate tokens are dropped.
 */
export function queryText(segments: string[]): string {
  return [...new Set(segments.flatMap((s) => indexText(s).split(' ')).filter(Boolean))].join(' ');
}
