/**
 * When a match of a registry string is not a mention of that thing, judged by
 * the text around it. Like the `ignore` option of mdast-util-find-and-replace,
 * these are passed to the matcher as data (a list of rules), not written into
 * it, so a caller can run with more, fewer or other rules, and every rule has
 * a name a fixture or the links evaluation can point to.
 *
 * A rule sees the whole text the matcher was given and one match; `chosen`
 * rules also see the matches kept around it (the longest-match pass has run).
 */
import { CLAUSE_END_MARKS, HAN, LIST_MARK } from '../zh/chars.ts';
import { clauseAround } from '../zh/sentences.ts';
import { isDenominator, isMeasuredOrShared } from '../zh/compounds.ts';
import { kindIs } from '../data/entity-kinds.ts';
import type { Pattern } from './term-patterns.ts';

export interface RuleMatch {
  start: number;
  end: number;
  pattern: Pattern;
}

export interface ContextRule {
  name: string;
  /** `candidate`: judged before the longest match is chosen, so a shorter match may take the place of a dropped one; `chosen`: after. */
  stage: 'candidate' | 'chosen';
  /** True when the match is not a mention and is dropped. */
  ignore: (match: RuleMatch, text: string, neighbours: { before?: RuleMatch | undefined }) => boolean;
}

const isIndicator = (p: Pattern) => p.entityKind !== undefined && kindIs(p.entityKind, 'indicator');

/**
 * How far a rule looks either side of a match. A title, quote, sentence or
 * clause longer than this is not one the rules judge: without a bound, a
 * paragraph of one long line with no 《 or 。 in it would be scanned back to
 * its start for every match, and annotation would grow with the square of its
 * length.
 */
export const CONTEXT_WINDOW = 500;

/** A share, a per-unit or a per-capita figure is its own indicator (registered under its own name) or none. */
export const compoundIndicator: ContextRule = {
  name: 'compound-indicator',
  stage: 'candidate',
  ignore: ({ start, end, pattern }, text) => {
    if (!isIndicator(pattern)) return false;
    return isDenominator(text, start, end) || isMeasuredOrShared(text, end);
  },
};

/** An unregistered company named just before the figure (某某公司进出口总额). */
const COMPANY_BEFORE = new RegExp(`${HAN}{2,}(?:公司|集团|股份)(?:的)?$`, 'u');

/** A figure with a named subject is that subject's, not the city's indicator. */
export const namedSubject: ContextRule = {
  name: 'named-subject',
  stage: 'chosen',
  ignore: ({ start, pattern }, text, { before }) => {
    if (!isIndicator(pattern)) return false;
    if (before?.pattern.entityKind && kindIs(before.pattern.entityKind, 'subject')) {
      const gap = text.slice(before.end, start);
      if (gap === '' || gap === '的') return true;
    }
    return COMPANY_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  },
};

/**
 * A product named after a place, right after the closing quote: “南岳衡山”即开型彩票, “雁峰”牌. Not
 * 品牌 (“石鼓书院大讲坛”品牌 is the lecture series itself) nor a verb (“无水港”挂牌运营).
 */
const BRAND_AFTER = /^(?:[^，。；、“”《》]{0,3}?(?:彩票|商标)|牌(?!照))/;

/** The quoted string or title around `start`, if any: its inner range and what follows it. */
function enclosing(text: string, start: number, end: number, open: string, close: string): { from: number; to: number } | undefined {
  const window = Math.max(0, start - CONTEXT_WINDOW);
  const before = text.slice(window, start).lastIndexOf(open);
  if (before < 0) return undefined;
  const from = window + before + 1;
  const c = text.slice(from, end + CONTEXT_WINDOW).indexOf(close);
  if (c < 0 || from + c < end) return undefined;
  return { from, to: from + c };
}

/** A name inside a title (《…》) or inside a quoted brand is part of that title or brand, not a mention of the place. */
export const quotedName: ContextRule = {
  name: 'quoted-name',
  stage: 'candidate',
  ignore: ({ start, end, pattern }, text) => {
    if (pattern.kind !== 'entity') return false;
    if (enclosing(text, start, end, '《', '》')) return true;
    const quote = enclosing(text, start, end, '“', '”');
    return quote !== undefined && BRAND_AFTER.test(text.slice(quote.to + 1));
  },
};

export const DEFAULT_RULES: readonly ContextRule[] = [compoundIndicator, quotedName, namedSubject];

/**
 * The other items of the enumeration (A、B、C) that [start, end) is an item of, or [] when it is
 * not one. The match must be a whole item, except that the first item may open with the clause's
 * verb (重点实施石鼓书院) and the last may close the list (市旅游产业园等建设工程).
 */
export function listNeighbours(text: string, start: number, end: number): string[] {
  const { clause, from } = clauseAround(text, start, end, CONTEXT_WINDOW);
  const items = clause.split(LIST_MARK);
  if (items.length < 2) return [];
  let at = from;
  for (let i = 0; i < items.length; i++) {
    const itemEnd = at + items[i]!.length;
    if (start >= at && end <= itemEnd) {
      const whole = (i === 0 || start === at) && (end === itemEnd || (i === items.length - 1 && text.startsWith('等', end)));
      return whole ? items.filter((_, j) => j !== i) : [];
    }
    at = itemEnd + 1;
  }
  return [];
}

/** The items after a match up to 等 and the words it closes, and the items before a match from its clause's start. */
const LIST_REST = new RegExp(`^((?:${LIST_MARK}[^${LIST_MARK}${CLAUSE_END_MARKS}]{1,8})*)等[^${CLAUSE_END_MARKS}]{0,6}`, 'u');
const LIST_BEFORE = new RegExp(`(?:^|[${CLAUSE_END_MARKS}])((?:[^${LIST_MARK}${CLAUSE_END_MARKS}]{1,8}${LIST_MARK})+)$`, 'u');

/** Whether [start, end) is an item of an enumeration (A、B、C等…) closed by one of `nouns`. */
export function inListOf(text: string, start: number, end: number, nouns: readonly string[]): boolean {
  // Items are short names joined by 、; the list ends at 等 (or 和/及 before the last item).
  const rest = LIST_REST.exec(text.slice(end, end + CONTEXT_WINDOW));
  if (!rest) return false;
  const closing = rest[0].slice(rest[1]!.length);
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, start - CONTEXT_WINDOW), start));
  // A list has at least two items.
  if (!before && !rest[1]) return false;
  return nouns.some((n) => closing.includes(n));
}
