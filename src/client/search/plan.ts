/**
 * The searches one typed query becomes: its segments as typed, and the same
 * with a known name swapped for each of its other names (at most `limit`
 * searches in all); the phrases a paragraph must hold whole to be what the
 * reader asked for; the names whose pages go beside it; and, where the query
 * nearly writes a registered name, the same for the name (did-you-mean).
 * Runs in the browser, on whatever a shared link puts in `?q=`, so the work is
 * bounded by the limits below, not by the query.
 */
import { type Convert, readingOf } from '../../zh/reading.ts';
import type { SearchDictionary } from '../../search-index/dictionary.ts';
import { queryText } from '../../search-index/tokens.ts';
import { type NamesByLength, type NearMiss, nearMisses } from './near.ts';
import { segmentQuery } from './segment.ts';

/**
 * Characters of a query that are searched. Longer text (a pasted paragraph)
 * is cut here, with a note to the reader: every character pair is a term
 * Pagefind must look up, and a quote of this length already finds its
 * paragraph.
 */
export const MAX_QUERY_CHARS = 100;

/**
 * Variants (segment lists) kept while names are swapped: a few times `limit`,
 * so that variants which tokenise alike still leave `limit` distinct searches.
 */
const VARIANTS_PER_SEARCH = 4;
/** Phrases looked up whole per reading: the typed form and its first alternatives. */
const PHRASES = 3;
/** Names whose pages are looked up, one search each: the query whole and the names in it. */
const NAMES = 3;

/** What one reading of the query (as typed, or with its near misses corrected) searches for. */
export interface Reading {
  segments: string[];
  /** Strings to highlight in results: the segments and every alternative searched. */
  highlights: string[];
  /** Pagefind query strings, the typed form first. */
  searches: string[];
  /** The first variants' segments joined, the typed form first: a paragraph holding one whole says what was asked. */
  phrases: string[];
  /** The query whole and the names in it: the pages about them (indexed under their other names too). */
  names: string[];
}

export interface QueryPlan extends Reading {
  /** Names the query nearly writes, when it writes no name there (怀绍衡铁路 for 怀邵衡铁路). */
  corrections: NearMiss[];
  /** The query with its near misses corrected, and what that reading searches; undefined without near misses. */
  corrected: (Reading & { query: string }) | undefined;
  /** The query was longer than MAX_QUERY_CHARS and only its start was searched. */
  cut: boolean;
  /** Variants built on the way (at most `limit` × VARIANTS_PER_SEARCH per reading), for tests of the bound. */
  built: number;
}

/**
 * The query's first MAX_QUERY_CHARS characters (code points, so no surrogate pair is split),
 * found without walking the rest: a pasted megabyte costs what a short query does.
 */
export function cutQuery(query: string): { text: string; cut: boolean } {
  let at = 0;
  for (let chars = 0; at < query.length; chars++) {
    if (chars === MAX_QUERY_CHARS) return { text: query.slice(0, at), cut: true };
    at += query.codePointAt(at)! > 0xffff ? 2 : 1;
  }
  return { text: query, cut: false };
}

/**
 * The query as the index holds text (Simplified forms, invisible characters left out), read only
 * after it is cut: reading is per character, and a megabyte read before cutting blocked the tab
 * for seconds.
 */
export function readQuery(query: string, convert: Convert): { typed: string; read: string; cut: boolean } {
  const { text, cut } = cutQuery(query);
  return { typed: text, read: readingOf(text, convert).text, cut };
}

/**
 * Variants come in a fixed order: the typed form, then for each segment in
 * turn every variant so far with that segment swapped for each alternative.
 * That list only grows at its end, so stopping at `cap` keeps exactly its
 * first `cap` entries without building the rest (which grows as the product
 * of every name's alternatives: 8^7 for a name typed seven times).
 */
function boundedVariants(segments: string[], alternatives: Record<string, string[]>, cap: number): string[][] {
  const variants: string[][] = [segments];
  for (let i = 0; i < segments.length && variants.length < cap; i++) {
    const alts = alternatives[segments[i]!] ?? [];
    const before = variants.length;
    for (let v = 0; v < before && variants.length < cap; v++) {
      for (const a of alts) {
        if (variants.length >= cap) break;
        variants.push(variants[v]!.map((x, j) => (j === i ? a : x)));
      }
    }
  }
  return variants;
}

function reading(segments: string[], dictionary: SearchDictionary, words: ReadonlySet<string>, limit: number): Reading & { built: number } {
  const variants = boundedVariants(segments, dictionary.alternatives, limit * VARIANTS_PER_SEARCH);
  const searches = [...new Set(variants.map(queryText).filter(Boolean))].slice(0, limit);
  const highlights = [...new Set(variants.slice(0, limit).flat())].sort((a, b) => b.length - a.length);
  const phrases = [...new Set(variants.map((v) => v.join('')).filter((p) => [...p].length >= 2))].slice(0, PHRASES);
  const names = [...new Set([segments.join(''), ...segments.filter((s) => words.has(s))])].filter(Boolean).slice(0, NAMES);
  return { segments, highlights, searches, phrases, names, built: variants.length };
}

export function planQuery(
  query: string,
  dictionary: SearchDictionary,
  words: ReadonlySet<string>,
  longest: number,
  near?: NamesByLength,
  limit = 8,
): QueryPlan {
  const { text, cut } = cutQuery(query);
  const segments = segmentQuery(text, words, longest);
  // Only text that names nothing is checked for a near miss; a name typed right is never "corrected".
  const corrections = near ? segments.filter((s) => !words.has(s)).flatMap((s) => nearMisses(s, near)) : [];
  // With a correction the two readings share the searches, the typed one first.
  const typed = reading(segments, dictionary, words, corrections.length ? Math.ceil(limit / 2) : limit);
  if (!corrections.length) return { ...typed, corrections, corrected: undefined, cut };
  const fixed = corrections.reduce((t, c) => t.replace(c.typed, c.name), text);
  const { built, ...other } = reading(segmentQuery(fixed, words, longest), dictionary, words, limit - typed.searches.length);
  return { ...typed, corrections, corrected: { query: fixed, ...other }, cut, built: typed.built + built };
}
