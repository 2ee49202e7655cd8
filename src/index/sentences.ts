/** Cutting a paragraph down to the sentence a reader needs to see around a word. */
import { sentenceAround } from '../zh/sentences.ts';

/**
 * A short context for a popover: the sentence, trimmed around the word when it is long. The
 * sentence is looked for at most `max` characters either side, which gives the same context (a
 * sentence that reaches further is trimmed anyway) and keeps a long unpunctuated paragraph linear.
 */
export function shortContext(text: string, start: number, end: number, max = 48): string {
  const s = sentenceAround(text, start, end, max);
  if (s.sentence.length <= max) return s.sentence;
  const before = Math.max(0, s.start - Math.floor((max - (s.end - s.start)) / 2));
  const after = Math.min(s.sentence.length, before + max);
  return `${before > 0 ? '…' : ''}${s.sentence.slice(before, after)}${after < s.sentence.length ? '…' : ''}`;
}
