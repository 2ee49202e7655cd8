/**
 * Two documents side by side: which pairs are worth comparing, their
 * paragraphs aligned through the parallel passages, and each sentence of an
 * aligned pair marked shared, reworded (its changed characters found by
 * diff-match-patch) or on one side only. Pure functions of the site index and
 * the parallels stage's pairs; the page is src/pages/compare/[a]/[b].astro.
 */
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diffCleanupSemantic, diffMain } from 'diff-match-patch-es';
import type { DocumentMeta } from '../data/documents-schema.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { sentencesWithMarks } from '../zh/sentences.ts';
import { covered, sharedRuns } from './align.ts';
import { lettersOf } from './core-text.ts';
import type { Parallel } from './detect.ts';

/** A series: the documents one issuer publishes as one kind (a city's work reports). */
const seriesOf = (d: DocumentMeta): string => `${d.issuer}|${d.kind}`;
const yearOf = (d: DocumentMeta): number => ('exact' in d.date ? Number(d.date.exact.slice(0, 4)) : d.date.year);

/**
 * The pairs worth comparing, each once, earlier document first: every document
 * with the one before it in its own series (last year's report), and with the
 * nearest in time of every other series (a district and its city in one year,
 * a plan and a later report). Five documents of four series give all ten pairs;
 * a corpus grows by a few pairs per document, not by its square.
 */
export function comparePairs(documents: DocumentMeta[]): [DocumentMeta, DocumentMeta][] {
  const sorted = [...documents].sort((x, y) => yearOf(x) - yearOf(y) || x.slug.localeCompare(y.slug));
  const series = Map.groupBy(sorted, seriesOf);
  const keys = new Set<string>();
  const out: [DocumentMeta, DocumentMeta][] = [];
  const add = (x: DocumentMeta, y: DocumentMeta): void => {
    const [a, b] = sorted.indexOf(x) < sorted.indexOf(y) ? [x, y] : [y, x];
    const key = `${a.slug}|${b.slug}`;
    if (keys.has(key)) return;
    keys.add(key);
    out.push([a, b]);
  };
  for (const d of sorted) {
    for (const [s, members] of series) {
      if (s === seriesOf(d)) {
        const previous = members.filter((m) => sorted.indexOf(m) < sorted.indexOf(d)).at(-1);
        if (previous) add(previous, d);
        continue;
      }
      const nearest = [...members].sort((x, y) => Math.abs(yearOf(x) - yearOf(d)) - Math.abs(yearOf(y) - yearOf(d)))[0];
      if (nearest) add(d, nearest);
    }
  }
  return out;
}

/** A piece of a sentence: kept, or changed on this side (deleted from the left, inserted on the right). */
export interface Piece {
  text: string;
  changed: boolean;
}

export type SentenceState = 'shared' | 'reworded' | 'only';

export interface MarkedSentence {
  state: SentenceState;
  pieces: Piece[];
}

const core = lettersOf;

/** A sentence pair counts as reworded when shared runs cover this share of the shorter one. */
const REWORDED = 0.3;

function pieces(diffs: [number, string][], side: typeof DIFF_DELETE | typeof DIFF_INSERT): Piece[] {
  return diffs.filter(([op]) => op === DIFF_EQUAL || op === side).map(([op, text]) => ({ text, changed: op !== DIFF_EQUAL }));
}

/**
 * The sentences of two aligned paragraphs, each paired with the other side's
 * sentence it shares most with (in order, each used once), and marked.
 */
export function markSentences(left: string, right: string): { left: MarkedSentence[]; right: MarkedSentence[] } {
  const ls = sentencesWithMarks(left);
  const rs = sentencesWithMarks(right);
  const partner = new Map<number, number>();
  let from = 0;
  ls.forEach((l, i) => {
    let best = -1;
    let bestShare = 0;
    for (let j = from; j < rs.length; j++) {
      const a = core(l);
      const b = core(rs[j]!);
      const shorter = Math.min(a.length, b.length);
      if (!shorter) continue;
      const share = covered(sharedRuns(a, b)) / shorter;
      if (share > bestShare) [best, bestShare] = [j, share];
    }
    if (best >= 0 && bestShare >= REWORDED) {
      partner.set(i, best);
      from = best + 1;
    }
  });
  const leftOut: MarkedSentence[] = ls.map((s) => ({ state: 'only', pieces: [{ text: s, changed: false }] }));
  const rightOut: MarkedSentence[] = rs.map((s) => ({ state: 'only', pieces: [{ text: s, changed: false }] }));
  for (const [i, j] of partner) {
    const [l, r] = [ls[i]!, rs[j]!];
    const state: SentenceState = core(l) === core(r) ? 'shared' : 'reworded';
    const diffs = diffMain(l, r);
    diffCleanupSemantic(diffs);
    leftOut[i] = { state, pieces: pieces(diffs, DIFF_DELETE) };
    rightOut[j] = { state, pieces: pieces(diffs, DIFF_INSERT) };
  }
  return { left: leftOut, right: rightOut };
}

/** One row of the side-by-side view: a heading or paragraph of either side, or an aligned pair. */
export interface CompareRow {
  left?: IndexedParagraph;
  right?: IndexedParagraph;
  /** The right paragraph stands elsewhere in its document than the left one's order would put it. */
  moved?: true;
}

/**
 * The two documents' paragraphs and headings in one sequence: the left
 * document in its order, each paragraph beside its strongest parallel on the
 * right; the right's unmatched paragraphs and headings inserted where they
 * stand between matched ones. A right paragraph matched out of order stays
 * beside its left one and is marked moved.
 */
export function alignDocuments(left: IndexedParagraph[], right: IndexedParagraph[], parallels: Parallel[]): CompareRow[] {
  const leftDoc = left[0]?.doc;
  const best = new Map<string, { id: string; weight: number }>();
  for (const p of parallels) {
    const [l, r] = p.a.doc === leftDoc ? [p.a, p.b] : [p.b, p.a];
    if (l.doc !== leftDoc || r.doc !== right[0]?.doc) continue;
    const seen = best.get(l.id);
    if (!seen || p.weight > seen.weight) best.set(l.id, { id: r.id, weight: p.weight });
  }
  const usedRight = new Set<string>();
  for (const { id } of best.values()) usedRight.add(id);
  const rightIndex = new Map(right.map((p, i) => [p.id, i]));
  const rows: CompareRow[] = [];
  let next = 0;
  const flushUntil = (end: number): void => {
    for (; next < end; next++) {
      const r = right[next]!;
      if (!usedRight.has(r.id)) rows.push({ right: r });
    }
  };
  const placed = new Set<string>();
  for (const l of left) {
    const match = best.get(l.id);
    const at = match ? rightIndex.get(match.id) : undefined;
    if (match && at !== undefined && !placed.has(match.id)) {
      placed.add(match.id);
      if (at >= next) {
        flushUntil(at);
        next = at + 1;
        rows.push({ left: l, right: right[at]! });
      } else rows.push({ left: l, right: right[at]!, moved: true });
    } else rows.push({ left: l });
  }
  flushUntil(right.length);
  return rows;
}
