/**
 * The sentence or clause around a stretch of text: the one definition the
 * matcher's context cues, the popovers' and pages' quoted sentences and the
 * candidates tools use. Browser-safe.
 */
import { CLAUSE_END, SENTENCE_END, SENTENCE_END_MARKS } from './chars.ts';

/**
 * From after the last `mark` before `start` to the next `mark` at or after `end` (its index, or the
 * text's length), looking at most `reach` characters either side: callers that ask for every match
 * of a long unpunctuated paragraph pass a reach so that their work stays linear in its length.
 */
function bounds(text: string, start: number, end: number, mark: RegExp, reach: number): { from: number; to: number } {
  let from = start;
  const first = Math.max(0, start - reach);
  while (from > first && !mark.test(text[from - 1]!)) from--;
  let to = end;
  const last = Math.min(text.length, end + reach);
  while (to < last && !mark.test(text[to]!)) to++;
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
export function sentenceAround(text: string, start: number, end: number, reach = Infinity): SentenceAround {
  const { from, to } = bounds(text, start, end, SENTENCE_END, reach);
  const stop = SENTENCE_END.test(text[end - 1] ?? '') ? end : Math.min(text.length, to + 1);
  return { sentence: text.slice(from, stop), from, start: start - from, end: end - from };
}

/** The clause holding [start, end): from after the previous ，。；：！？ to the next, without the marks. */
export function clauseAround(text: string, start: number, end: number, reach = Infinity): { clause: string; from: number; to: number } {
  const { from, to } = bounds(text, start, end, CLAUSE_END, reach);
  return { clause: text.slice(from, to), from, to };
}

/** A text cut into its sentences, end marks dropped. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}

const WITH_MARKS = new RegExp(`[^${SENTENCE_END_MARKS}]*[${SENTENCE_END_MARKS}]+|[^${SENTENCE_END_MARKS}]+$`, 'gu');

/** A text cut into its sentences with their end marks, so they join back into it. */
export function sentencesWithMarks(text: string): string[] {
  return text.match(WITH_MARKS) ?? [];
}
