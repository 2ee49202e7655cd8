/**
 * A heading or title cut where its line may break between words, for text set
 * with `word-break: keep-all` (which otherwise breaks only at spaces and
 * punctuation, and a long run then splits anywhere: "第十/三个"). Words come
 * from the runtime's dictionary segmenter; a break is allowed only between two
 * words of two or more Han characters, so a one-character word (第, 市, 个, 和)
 * stays with its neighbours. Every character is kept, in order.
 */
import { HAN } from './chars.ts';

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
const LONG_WORD = new RegExp(`^${HAN}{2,}$`, 'u');

export function phrases(text: string): string[] {
  const out: string[] = [];
  let previousLong = false;
  for (const { segment } of WORDS.segment(text)) {
    const long = LONG_WORD.test(segment);
    if (out.length && !(long && previousLong)) out[out.length - 1] += segment;
    else out.push(segment);
    previousLong = long;
  }
  return out;
}
