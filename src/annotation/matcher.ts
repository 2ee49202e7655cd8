/**
 * Finds glossary terms and entity names in Chinese text: one Aho-Corasick
 * automaton over every pattern and every guard, one pass per text, then the
 * leftmost-longest non-overlapping matches. There are no word boundaries in
 * Chinese, so longest match is what keeps 南岳 from matching inside 南岳机场
 * and 攻坚战 inside 三大攻坚战. A guard string wins its span like a pattern
 * but annotates nothing.
 */
import AhoCorasick from 'modern-ahocorasick';
import type { Pattern } from './patterns.ts';

export interface Match {
  start: number;
  end: number;
  pattern: Pattern;
}

type Entry = { pattern: Pattern } | { guard: string };

const OPEN_QUOTE = /[“"‘「『]/;
const CLOSE_QUOTE = /[”"’」』]/;

export function createMatcher(patterns: readonly Pattern[]): (text: string) => Match[] {
  const byText = new Map<string, Pattern>();
  for (const p of patterns) {
    const other = byText.get(p.text);
    if (other) throw new Error(`"${p.text}" is claimed by ${other.kind} "${other.id}" and ${p.kind} "${p.id}"`);
    byText.set(p.text, p);
  }
  const guards = new Set(patterns.flatMap((p) => p.guards).filter((g) => !byText.has(g)));
  const entries: { pattern: string; data: Entry }[] = [
    ...[...byText.values()].map((p) => ({ pattern: p.text, data: { pattern: p } })),
    ...[...guards].map((g) => ({ pattern: g, data: { guard: g } })),
  ];
  const automaton = new AhoCorasick<Entry>(entries);
  return (text) => {
    const out: Match[] = [];
    for (const m of automaton.search(text, { strategy: 'leftmost-longest' })) {
      if (!m.data || 'guard' in m.data) continue;
      const pattern = m.data.pattern;
      if (pattern.quotedOnly && !(OPEN_QUOTE.test(text[m.start - 1] ?? '') && CLOSE_QUOTE.test(text[m.end] ?? ''))) continue;
      out.push({ start: m.start, end: m.end, pattern });
    }
    return out;
  };
}
