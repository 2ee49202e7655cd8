/**
 * The sentence or clause around a stretch of text: the one definition the
 * matcher's context cues, the popovers' and pages' quoted sentences and the
 * candidates tools use. Browser-safe.
 */
import { CLAUSE_END, SENTENCE_END } from './chars.ts';

/** From after the last `mark` before `start` to the next `mark` at or after `end` (its index, or the text's length). */
function bounds(text: string, start: number, end: number, mark: RegExp): { from: number; to: number } {
  let from = start;
  while (from > 0 && !mark.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !mark.test(text[to]!)) to++;
  return { from, to };
}

export interface SentenceAround {
  /** The sentence as a reader sees it, with its end mark. */
  sentence: string;
  /** Where it starts in the text. */
  from: number;
  /** [start, end) relative to the sentence. */
  start: number;
  end: number;
}

/** The sentence holding [start, end): from after the previous 。！？； to the next one, inclusive; one ending exactly at the stretch ends there. */
export function sentenceAround(text: string, start: number, end: number): SentenceAround {
  const { from, to } = bounds(text, start, end, SENTENCE_END);
  const stop = SENTENCE_END.test(text[end - 1] ?? '') ? end : Math.min(text.length, to + 1);
  return { sentence: text.slice(from, stop), from, start: start - from, end: end - from };
}

/** The clause holding [start, end): from after the previous ，。；：！？ to the next, without the marks. */
export function clauseAround(text: string, start: number, end: number): { clause: string; from: number; to: number } {
  const { from, to } = bounds(text, start, end, CLAUSE_END);
  return { clause: text.slice(from, to), from, to };
}

/** A text cut into its sentences, end marks dropped. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}
