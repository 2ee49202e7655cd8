/**
 * A text's words, and a heading or title cut where its line may break between
 * them, for text set with `word-break: keep-all` (which otherwise breaks only
 * at spaces and punctuation, and a long run then splits anywhere: "第十/三个").
 * Words come from the runtime's dictionary segmenter, with one correction: a
 * Chinese numeral is a word of its own and never cut (the segmenter gives
 * 第十|五届 and 三百六十|五天). A break is allowed only between two words of two
 * or more Han characters, so a one-character word (第, 市, 个, 和) stays with
 * its neighbours. Every character is kept, in order.
 */
import { HAN } from './chars.ts';
import { BIG_UNITS, CHINESE_NUMBER } from './numbers.ts';

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
const LONG_WORD = new RegExp(`^${HAN}{2,}$`, 'u');
/** A Chinese numeral with the multiplier it may end in (两千万): the number as it is said. */
const NUMERAL = new RegExp(`${CHINESE_NUMBER}[${BIG_UNITS}]*`, 'gu');
/** The ordinal prefix: after it even one numeral character is a number (第五次), where alone it may belong to a word (统一, 五年). */
export const ORDINAL = '第';

/** The dictionary's words, except that a numeral of two or more characters, or one after 第, is one word (第|十五|届, 十三五). */
export function words(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  const plain = (end: number) => {
    for (const { segment } of WORDS.segment(text.slice(at, end))) out.push(segment);
  };
  for (const m of text.matchAll(NUMERAL)) {
    if ([...m[0]].length < 2 && text[m.index - 1] !== ORDINAL) continue;
    plain(m.index);
    out.push(m[0]);
    at = m.index + m[0].length;
  }
  plain(text.length);
  return out;
}

export function phrases(text: string): string[] {
  const out: string[] = [];
  let previousLong = false;
  for (const segment of words(text)) {
    const long = LONG_WORD.test(segment);
    if (out.length && !(long && previousLong)) out[out.length - 1] += segment;
    else out.push(segment);
    previousLong = long;
  }
  return out;
}
