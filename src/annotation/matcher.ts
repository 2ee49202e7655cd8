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
 *
 * Context rules (context-rules.ts) then drop matches that are not mentions
 * (占GDP比重, 富士康进出口总额, “南岳衡山”即开型彩票), and a form with senses
 * becomes the entity its context selects (南岳 → the mountain or the
 * expressway). The matcher reads only the text it is given, so a caller may
 * hand it a normalised reading of the text of the same length.
 */
import AhoCorasick from 'modern-ahocorasick';
import { CLAUSE_END_MARKS, LIST_MARK } from '../zh/chars.ts';
import { sentenceAround } from '../zh/sentences.ts';
import { CONTEXT_WINDOW, type ContextRule, DEFAULT_RULES, inListOf, listNeighbours } from './context-rules.ts';
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
const built = new WeakMap<readonly Pattern[], WeakMap<readonly ContextRule[], Matcher>>();

export function createMatcher(patterns: readonly Pattern[], rules: readonly ContextRule[] = DEFAULT_RULES): Matcher {
  let byRules = built.get(patterns);
  if (!byRules) built.set(patterns, (byRules = new WeakMap()));
  const cached = byRules.get(rules);
  if (cached) return cached;
  const matcher = buildMatcher(patterns, rules);
  byRules.set(rules, matcher);
  return matcher;
}

function buildMatcher(patterns: readonly Pattern[], rules: readonly ContextRule[]): Matcher {
  const byText = new Map<string, Pattern>();
  for (const p of patterns) {
    const other = byText.get(p.text);
    // One string, one meaning: which link would a reader get?
    if (other) throw new Error(`${quote(p.text)} is claimed by ${other.kind} "${other.id}" and ${p.kind} "${p.id}"`);
    byText.set(p.text, p);
  }
  const guardStrings = new Set(patterns.flatMap((p) => p.guards));
  const longestGuard = Math.max(0, ...[...guardStrings].map((g) => g.length));
  const automaton = new AhoCorasick([...new Set([...byText.keys(), ...guardStrings])]);
  const candidateRules = rules.filter((r) => r.stage === 'candidate');
  /** The entity kinds named anywhere in a string (for a sense that depends on the company a form keeps in a list). */
  const kindsIn = (s: string) => new Set(automaton.search(s, { strategy: 'all' }).flatMap((h) => byText.get(h.pattern)?.entityKind ?? []));
  const chosenRules = rules.filter((r) => r.stage === 'chosen');

  return (text) => {
    // Every occurrence, overlaps included: guards and quotes are judged before the longest match is chosen.
    const hits = automaton.search(text, { strategy: 'all' });
    // Guard hits by where they start: a guard holding a hit starts at most its length before it, so each hit looks at a few places, not at every guard in the text.
    const guardsAt = Map.groupBy(
      hits.filter((h) => guardStrings.has(h.pattern)),
      (h) => h.start,
    );
    const guarded = (hit: { start: number; end: number }, pattern: Pattern) => {
      for (let at = Math.max(0, hit.end - longestGuard); at <= hit.start; at++)
        if (guardsAt.get(at)?.some((g) => hit.end <= g.end && pattern.guards.includes(g.pattern))) return true;
      return false;
    };
    const candidates: Match[] = [];
    for (const hit of hits) {
      const pattern = byText.get(hit.pattern);
      if (!pattern) continue;
      if (pattern.quotedOnly && !(text[hit.start - 1] === OPEN_QUOTE && text[hit.end] === CLOSE_QUOTE)) continue;
      if (guarded(hit, pattern)) continue;
      const match = { start: hit.start, end: hit.end, pattern: senseOf(pattern, text, hit.start, hit.end, kindsIn) };
      if (candidateRules.some((r) => r.ignore(match, text, {}))) continue;
      candidates.push(match);
    }
    const chosen = withElided(leftmostLongest(candidates), text, byText);
    return chosen.filter((m, i) => !chosenRules.some((r) => r.ignore(m, text, { before: chosen[i - 1] })));
  };
}

/** An item of a list: up to the next 、，。；： or 等/和/及. */
const NEXT_ITEM = new RegExp(`^${LIST_MARK}([^${LIST_MARK}${CLAUSE_END_MARKS}等和及]{2,10})`, 'u');

/**
 * A name shortened in a list by the part it shares with the name before it:
 * 南华大学附属第一医院、第二医院 names 南华大学附属第二医院. An unmatched item
 * right after an entity match is linked when the matched name's opening plus
 * the item is itself a registered entity name.
 */
function withElided(chosen: Match[], text: string, byText: ReadonlyMap<string, Pattern>): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const m = chosen[i]!;
    out.push(m);
    if (m.pattern.kind !== 'entity') continue;
    const item = NEXT_ITEM.exec(text.slice(m.end))?.[1];
    if (!item) continue;
    const start = m.end + 1;
    const end = start + item.length;
    if (chosen[i + 1] && chosen[i + 1]!.start < end) continue;
    const name = text.slice(m.start, m.end);
    for (let k = name.length - 1; k >= 2; k--) {
      const full = byText.get(name.slice(0, k) + item);
      if (full?.kind === 'entity' && full.id !== m.pattern.id) {
        out.push({ start, end, pattern: full });
        break;
      }
    }
  }
  return out;
}

/** The pattern a form stands for here: the first sense whose cue is present, else its own. */
function senseOf(pattern: Pattern, text: string, start: number, end: number, kindsIn: (s: string) => Set<string>): Pattern {
  if (!pattern.senses) return pattern;
  let sentence: string | undefined;
  for (const { when, pattern: other } of pattern.senses) {
    if (when.listOf && inListOf(text, start, end, when.listOf)) return other;
    if (when.listWith && listNeighbours(text, start, end).some((item) => when.listWith!.some((k) => kindsIn(item).has(k)))) return other;
    if (when.sentence) {
      sentence ??= sentenceAround(text, start, end, CONTEXT_WINDOW).sentence;
      if (when.sentence.some((cue) => sentence!.includes(cue))) return other;
    }
  }
  return pattern;
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
