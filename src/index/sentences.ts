/** Cutting a paragraph down to the sentence a reader needs to see around a word. */

const END = /[。！？；]/u;

/** The sentence containing [start, end): from after the previous sentence end to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; start: number; end: number } {
  let from = start;
  while (from > 0 && !END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !END.test(text[to - 1] ?? '')) to++;
  // A sentence ending exactly at the match still ends there.
  if (to > end && END.test(text[end - 1] ?? '')) to = end;
  return { sentence: text.slice(from, to), start: start - from, end: end - from };
}

/** A short context for a popover: the sentence, trimmed around the word when it is long. */
export function shortContext(text: string, start: number, end: number, max = 48): string {
  const s = sentenceAround(text, start, end);
  if (s.sentence.length <= max) return s.sentence;
  const before = Math.max(0, s.start - Math.floor((max - (s.end - s.start)) / 2));
  const after = Math.min(s.sentence.length, before + max);
  return `${before > 0 ? '…' : ''}${s.sentence.slice(before, after)}${after < s.sentence.length ? '…' : ''}`;
}
