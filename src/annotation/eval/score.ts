/**
 * Scores the linker's mentions against the gold sample. Only paragraphs in the
 * sample count, and in them every linker mention is judged, since the sample
 * marks every name a reader finds:
 *   - a linker mention overlapping a gold mention with the same target is right
 *     (the span may differ by a quote mark: “1113” and 1113 are one mention);
 *   - any other linker mention is wrong (a wrong target, a `none`, or a name
 *     the reader did not see as one);
 *   - a gold mention with a target and no right linker mention is missed.
 * Precision = right / linked, recall = right / (gold mentions with a target).
 */
import type { Gold, GoldMention } from './gold.ts';

export interface LinkedMention {
  doc: string;
  paragraphId: string;
  offset: number;
  text: string;
  id: string;
}

export interface LinkError {
  type: 'wrong' | 'missed';
  doc: string;
  paragraph: string;
  at: number;
  text: string;
  /** What the linker linked (wrong) or nothing (missed). */
  linked?: string | undefined;
  /** What the gold says: an id, "none", or undefined for a span the gold does not mark. */
  expected?: string | undefined;
  case?: string | undefined;
}

export interface Tally {
  right: number;
  linked: number;
  gold: number;
}

export interface Score {
  overall: Tally;
  /** By the kind of the target: an entity kind (铁路, 指标 …) or 术语 for a glossary term. */
  byKind: Map<string, Tally>;
  /** By hard-case class, for gold mentions that carry one. */
  byCase: Map<string, Tally>;
  errors: LinkError[];
}

const overlaps = (a: { at: number; text: string }, b: { offset: number; text: string }) =>
  a.at < b.offset + b.text.length && b.offset < a.at + a.text.length;

export function precision(t: Tally): number {
  return t.linked ? t.right / t.linked : 1;
}
export function recall(t: Tally): number {
  return t.gold ? t.right / t.gold : 1;
}

export function scoreLinks(gold: Gold, linked: readonly LinkedMention[], kindOf: (id: string) => string): Score {
  const score: Score = { overall: { right: 0, linked: 0, gold: 0 }, byKind: new Map(), byCase: new Map(), errors: [] };
  const tally = (map: Map<string, Tally>, key: string) => {
    let t = map.get(key);
    if (!t) map.set(key, (t = { right: 0, linked: 0, gold: 0 }));
    return t;
  };
  const sampled = new Set(gold.paragraphs.map((p) => `${p.doc}|${p.paragraph}`));
  const goldBy = new Map<string, GoldMention[]>();
  for (const m of gold.mentions) goldBy.set(`${m.doc}|${m.paragraph}`, [...(goldBy.get(`${m.doc}|${m.paragraph}`) ?? []), m]);
  const found = new Set<GoldMention>();

  for (const l of linked) {
    const key = `${l.doc}|${l.paragraphId}`;
    if (!sampled.has(key)) continue;
    const candidates = (goldBy.get(key) ?? []).filter((g) => overlaps(g, l));
    const right = candidates.find((g) => g.target === l.id);
    const kind = kindOf(l.id);
    for (const t of [score.overall, tally(score.byKind, kind)]) t.linked++;
    if (right?.case) tally(score.byCase, right.case).linked++;
    const wrongCase = candidates.find((g) => g.case)?.case;
    if (!right && wrongCase) tally(score.byCase, wrongCase).linked++;
    if (right && !found.has(right)) {
      found.add(right);
      for (const t of [score.overall, tally(score.byKind, kind)]) t.right++;
      if (right.case) tally(score.byCase, right.case).right++;
    } else if (!right) {
      const g = candidates[0];
      score.errors.push({
        type: 'wrong',
        doc: l.doc,
        paragraph: l.paragraphId,
        at: l.offset,
        text: l.text,
        linked: l.id,
        expected: g?.target,
        ...(g?.case ? { case: g.case } : {}),
      });
    }
  }
  for (const g of gold.mentions) {
    if (g.target === 'none') continue;
    for (const t of [score.overall, tally(score.byKind, kindOf(g.target))]) t.gold++;
    if (g.case) tally(score.byCase, g.case).gold++;
    if (!found.has(g))
      score.errors.push({
        type: 'missed',
        doc: g.doc,
        paragraph: g.paragraph,
        at: g.at,
        text: g.text,
        expected: g.target,
        ...(g.case ? { case: g.case } : {}),
      });
  }
  score.errors.sort((a, b) => a.doc.localeCompare(b.doc) || a.paragraph.localeCompare(b.paragraph) || a.at - b.at);
  return score;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatScore(score: Score): string {
  const row = (label: string, t: Tally) =>
    `${label.padEnd(14, '\u3000')}  P ${pct(precision(t)).padStart(6)} (${t.right}/${t.linked})  R ${pct(recall(t)).padStart(6)} (${t.right}/${t.gold})`;
  const lines = [row('overall', score.overall), '', 'by kind:'];
  for (const [k, t] of [...score.byKind].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`  ${row(k, t)}`);
  if (score.byCase.size) {
    lines.push('', 'hard cases:');
    for (const [k, t] of [...score.byCase].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`  ${row(k, t)}`);
  }
  lines.push('', `errors (${score.errors.length}):`);
  for (const e of score.errors) {
    const what = e.type === 'wrong' ? `linked ${e.linked}, gold ${e.expected ?? '(not a name)'}` : `missed, gold ${e.expected}`;
    lines.push(`  ${e.doc} ${e.paragraph}@${e.at} “${e.text}”: ${what}${e.case ? ` [${e.case}]` : ''}`);
  }
  return lines.join('\n');
}

/** What the test requires of the linker on the sample. */
export const THRESHOLDS = { precision: 0.98, recall: 0.95 };
