/**
 * Finds glossary terms and entity names in Chinese text. Chinese has no word
 * boundaries, so the only thing that keeps 南岳 from matching inside 南岳机场,
 * or 攻坚战 inside 三大攻坚战, is taking the longest match: of all candidate
 * occurrences the leftmost wins, the longest at the same start, and nothing
 * that overlaps a chosen one is kept.
 *
 * One Aho-Corasick automaton holds every pattern text and every guard string,
 * so a text is scanned once whatever the size of the registry. A guard only
 * vetoes its own pattern: 衡阳县 inside 衡阳县人民医院 is not the county, but a
 * different name inside that hospital's name still matches.
 */
import AhoCorasick from 'modern-ahocorasick';
import { quote } from '../core/errors.ts';
import type { Pattern } from './term-patterns.ts';

export interface Match {
  /** UTF-16 offsets into the text; end exclusive. */
  start: number;
  end: number;
  pattern: Pattern;
}

const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';

type Matcher = (text: string) => Match[];

/**
 * One automaton per pattern list, not per document: the build annotates each
 * document with the same list, and building the automaton costs as much as the
 * registry is large, which would make annotation grow as documents × terms.
 */
const built = new WeakMap<readonly Pattern[], Matcher>();

export function createMatcher(patterns: readonly Pattern[]): Matcher {
  const cached = built.get(patterns);
  if (cached) return cached;
  const matcher = buildMatcher(patterns);
  built.set(patterns, matcher);
  return matcher;
}

function buildMatcher(patterns: readonly Pattern[]): Matcher {
  const byText = new Map<string, Pattern>();
  for (const p of patterns) {
    const other = byText.get(p.text);
    // One string, one meaning: which link would a reader get?
    if (other) throw new Error(`${quote(p.text)} is claimed by ${other.kind} "${other.id}" and ${p.kind} "${p.id}"`);
    byText.set(p.text, p);
  }
  const guardStrings = new Set(patterns.flatMap((p) => p.guards));
  const automaton = new AhoCorasick([...new Set([...byText.keys(), ...guardStrings])]);

  return (text) => {
    // Every occurrence, overlaps included: guards and quotes are judged before the longest match is chosen.
    const hits = automaton.search(text, { strategy: 'all' });
    const guardHits = hits.filter((h) => guardStrings.has(h.pattern));
    const candidates: Match[] = [];
    for (const hit of hits) {
      const pattern = byText.get(hit.pattern);
      if (!pattern) continue;
      if (pattern.quotedOnly && !(text[hit.start - 1] === OPEN_QUOTE && text[hit.end] === CLOSE_QUOTE)) continue;
      if (guardHits.some((g) => g.start <= hit.start && hit.end <= g.end && pattern.guards.includes(g.pattern))) continue;
      candidates.push({ start: hit.start, end: hit.end, pattern });
    }
    return leftmostLongest(candidates);
  };
}

function leftmostLongest(candidates: Match[]): Match[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Match[] = [];
  let free = 0;
  for (const c of candidates) {
    if (c.start < free) continue;
    chosen.push(c);
    free = c.end;
  }
  return chosen;
}
