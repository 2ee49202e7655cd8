/**
 * The searches one typed query becomes: its segments as typed, and the same
 * with a known name swapped for each of its other names (at most `limit`
 * searches in all). Runs in the browser.
 */
import type { SearchDictionary } from '../../search-index/dictionary.ts';
import { queryText } from '../../search-index/tokens.ts';
import { segmentQuery } from './segment.ts';

export interface QueryPlan {
  segments: string[];
  /** Strings to highlight in results: the segments and every alternative searched. */
  highlights: string[];
  /** Pagefind query strings, the typed form first. */
  searches: string[];
}

export function planQuery(query: string, dictionary: SearchDictionary, words: ReadonlySet<string>, longest: number, limit = 8): QueryPlan {
  const segments = segmentQuery(query, words, longest);
  let variants: string[][] = [segments];
  segments.forEach((s, i) => {
    const alts = dictionary.alternatives[s] ?? [];
    variants = [...variants, ...variants.flatMap((v) => alts.map((a) => v.map((x, j) => (j === i ? a : x))))];
  });
  const searches = [...new Set(variants.map(queryText).filter(Boolean))].slice(0, limit);
  const highlights = [...new Set(variants.slice(0, limit).flat())].sort((a, b) => b.length - a.length);
  return { segments, highlights, searches };
}
