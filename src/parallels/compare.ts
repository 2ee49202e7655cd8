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
import { ARABIC_NUMBER, CHINESE_NUMBER } from '../zh/numbers.ts';
import { sentencesWithMarks } from '../zh/sentences.ts';
import { MIN_RUN, covered, sharedRuns } from './align.ts';
import { lettersOf } from './core-text.ts';
import type { Parallel } from './detect.ts';

/** A series: the documents one issuer publishes as one kind (a city's work reports). */
const seriesOf = (d: DocumentMeta): string => `${d.issuer}|${d.kind}`;
const yearOf = (d: DocumentMeta): number => ('exact' in d.date ? Number(d.date.exact.slice(0, 4)) : d.date.year);

/** Other series a document is compared with, nearest in time first: a corpus of many places still gets a few pairs per document. */
export const OTHER_SERIES = 8;

/** First index in `years` (ascending) whose year is at least `year`. */
function firstFrom(years: number[], year: number): number {
  let [lo, hi] = [0, years.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid]! < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The pairs worth comparing, each once, earlier document first: every document
 * with the one before it in its own series (last year's report), and with the
 * nearest in time of the other series (a district and its city in one year,
 * a plan and a later report), the OTHER_SERIES nearest of them. Five documents
 * of four series give all ten pairs. Each nearest member is found by binary
 * search in its series, so the work is documents × series × log(series size),
 * and the pairs at most OTHER_SERIES + 1 per document.
 */
export function comparePairs(documents: DocumentMeta[]): [DocumentMeta, DocumentMeta][] {
  const sorted = [...documents].sort((x, y) => yearOf(x) - yearOf(y) || x.slug.localeCompare(y.slug));
  const position = new Map(sorted.map((d, i) => [d, i]));
  const series = [...Map.groupBy(sorted, seriesOf)].map(([key, members]) => ({ key, members, years: members.map(yearOf) }));
  const keys = new Set<string>();
  const out: [DocumentMeta, DocumentMeta][] = [];
  const add = (x: DocumentMeta, y: DocumentMeta): void => {
    const [a, b] = position.get(x)! < position.get(y)! ? [x, y] : [y, x];
    const key = `${a.slug}|${b.slug}`;
    if (keys.has(key)) return;
    keys.add(key);
    out.push([a, b]);
  };
  const ownIndex = new Map(series.flatMap(({ members }) => members.map((m, i): [DocumentMeta, number] => [m, i])));
  for (const d of sorted) {
    const year = yearOf(d);
    const nearest: { member: DocumentMeta; distance: number; order: number }[] = [];
    series.forEach(({ key, members, years }, order) => {
      if (key === seriesOf(d)) {
        const previous = members[ownIndex.get(d)! - 1];
        if (previous) add(previous, d);
        return;
      }
      // The first member of the nearest year, the earlier year on a tie (members run by year, then slug).
      const after = firstFrom(years, year);
      const before = after > 0 ? firstFrom(years, years[after - 1]!) : -1;
      const [dBefore, dAfter] = [before >= 0 ? year - years[before]! : Infinity, after < years.length ? years[after]! - year : Infinity];
      const at = dBefore <= dAfter ? before : after;
      nearest.push({ member: members[at]!, distance: Math.min(dBefore, dAfter), order });
    });
    nearest.sort((x, y) => x.distance - y.distance || x.order - y.order);
    for (const { member } of nearest.slice(0, OTHER_SERIES)) add(d, member);
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

/** A number as the reader reads it, with its per cent sign: a changed figure is marked whole. */
const NUMBER = new RegExp(`(?:${ARABIC_NUMBER})[%％]?|${CHINESE_NUMBER}`, 'gu');

/** A side's characters and whether each changed, merged into pieces. */
function toPieces(chars: string[], changed: boolean[]): Piece[] {
  const out: Piece[] = [];
  chars.forEach((c, i) => {
    const last = out.at(-1);
    if (last && last.changed === changed[i]) last.text += c;
    else out.push({ text: c, changed: changed[i]! });
  });
  return out;
}

/**
 * The two sides' pieces of a character diff, with no figure split: a character diff turns 7.5% → 5%
 * into a deleted "7." beside a kept "5%", which reads as if 5% were in both. A number with any changed
 * character is marked changed whole, and so is the kept part's counterpart on the other side, until
 * no number is left part changed.
 */
function sidePieces(diffs: [number, string][]): { left: Piece[]; right: Piece[] } {
  const [left, right] = [[] as string[], [] as string[]];
  const [leftChanged, rightChanged] = [[] as boolean[], [] as boolean[]];
  /** For a kept character, its position on the other side. */
  const [leftTwin, rightTwin] = [new Map<number, number>(), new Map<number, number>()];
  for (const [op, text] of diffs) {
    for (const c of text) {
      if (op !== DIFF_INSERT) {
        if (op === DIFF_EQUAL) leftTwin.set(left.length, right.length);
        left.push(c);
        leftChanged.push(op === DIFF_DELETE);
      }
      if (op !== DIFF_DELETE) {
        if (op === DIFF_EQUAL) rightTwin.set(right.length, left.length - 1);
        right.push(c);
        rightChanged.push(op === DIFF_INSERT);
      }
    }
  }
  const sides = [
    { chars: left, changed: leftChanged, twin: leftTwin, other: rightChanged },
    { chars: right, changed: rightChanged, twin: rightTwin, other: leftChanged },
  ];
  for (let grew = true; grew;) {
    grew = false;
    for (const { chars, changed, twin, other } of sides) {
      // Code-point offsets: the pieces are arrays of characters, not UTF-16 units.
      const text = chars.join('');
      for (const m of text.matchAll(NUMBER)) {
        const start = [...text.slice(0, m.index)].length;
        const span = Array.from({ length: [...m[0]].length }, (_, k) => start + k);
        if (!span.some((i) => changed[i]) || span.every((i) => changed[i])) continue;
        for (const i of span) {
          if (changed[i]) continue;
          changed[i] = true;
          other[twin.get(i)!] = true;
        }
        grew = true;
      }
    }
  }
  return { left: toPieces(left, leftChanged), right: toPieces(right, rightChanged) };
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
  const [lc, rc] = [ls.map(core), rs.map(core)];
  ls.forEach((_, i) => {
    let best = -1;
    let bestShare = 0;
    for (let j = from; j < rs.length; j++) {
      const [a, b] = [lc[i]!, rc[j]!];
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
    const marked = sidePieces(diffs);
    leftOut[i] = { state, pieces: marked.left };
    rightOut[j] = { state, pieces: marked.right };
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

/** What a compare page knows of the names in each paragraph: its terms and entities ("term|id"), by paragraph id. */
export interface SectionNames {
  /** Names in each paragraph or heading of either document, by id (ids are per document, so one map per side). */
  left: Map<string, string[]>;
  right: Map<string, string[]>;
  /** How much a shared name says: ln((documents + 1) / documents naming it), so 衡阳 says little and 怀邵衡铁路 much. */
  weight: (name: string) => number;
}

interface Section {
  /** Index of the heading in its document's sequence. */
  at: number;
  heading: IndexedParagraph;
  ids: string[];
  names: Set<string>;
  /** The weight of its names, summed. */
  nameWeight: number;
  letters: string;
  /** The heading's runs of MIN_RUN letters: only headings sharing one are aligned letter by letter. */
  grams: Set<string>;
}

function sectionsOf(items: IndexedParagraph[], names: Map<string, string[]>, weight: (name: string) => number): Section[] {
  const out: Section[] = [];
  items.forEach((p, at) => {
    if (p.heading) {
      const letters = core(p.text);
      const grams = new Set(Array.from({ length: Math.max(letters.length - MIN_RUN + 1, 0) }, (_, k) => letters.slice(k, k + MIN_RUN)));
      out.push({ at, heading: p, ids: [], names: new Set(), nameWeight: 0, letters, grams });
    }
    const s = out.at(-1);
    if (!s) return;
    s.ids.push(p.id);
    for (const n of names.get(p.id) ?? []) s.names.add(n);
  });
  for (const s of out) for (const n of s.names) s.nameWeight += weight(n);
  return out;
}

/** A section pair is aligned only with at least this score. */
const SECTION_SCORE = 0.35;

/**
 * The headings of the right document to set beside headings of the left, by
 * index: sections (a heading and what follows it up to the next heading)
 * aligned in order, each pair scored by its wording (the weights of the
 * parallels between their paragraphs, and the shared runs of the two
 * headings) and by its names (the terms and entities both mention, weighted
 * by how few documents name them, over those either mentions). A section
 * that rewrites its text but speaks of the same projects and terms is
 * aligned with its counterpart; one that shares a single sentence with
 * another section is not pulled there. The best order-keeping set is found
 * by dynamic programming over the sections of both sides.
 */
export function alignSections(
  left: IndexedParagraph[],
  right: IndexedParagraph[],
  parallels: Parallel[],
  names: SectionNames,
): Map<string, number> {
  const ls = sectionsOf(left, names.left, names.weight);
  const rs = sectionsOf(right, names.right, names.weight);
  const sectionOf = (sections: Section[]) => new Map(sections.flatMap((s, k) => s.ids.map((id): [string, number] => [id, k])));
  const [lOf, rOf] = [sectionOf(ls), sectionOf(rs)];
  const leftDoc = left[0]?.doc;
  const wording = new Map<number, number>();
  for (const p of parallels) {
    const [l, r] = p.a.doc === leftDoc ? [p.a, p.b] : [p.b, p.a];
    const [i, j] = [lOf.get(l.id), rOf.get(r.id)];
    if (i === undefined || j === undefined) continue;
    wording.set(i * rs.length + j, (wording.get(i * rs.length + j) ?? 0) + p.weight);
  }
  const score = (i: number, j: number): number => {
    const [l, r] = [ls[i]!, rs[j]!];
    // Shared names read from the smaller side; either side's = both sums less the shared.
    const [few, many] = l.names.size <= r.names.size ? [l.names, r.names] : [r.names, l.names];
    let shared = 0;
    for (const n of few) if (many.has(n)) shared += names.weight(n);
    const either = l.nameWeight + r.nameWeight - shared;
    const shorter = Math.min(l.letters.length, r.letters.length);
    let alike = false;
    for (const g of l.grams) {
      if (!r.grams.has(g)) continue;
      alike = true;
      break;
    }
    const heading = alike ? covered(sharedRuns(l.letters, r.letters)) / shorter : 0;
    return (wording.get(i * rs.length + j) ?? 0) + heading + (either ? shared / either : 0);
  };
  // best[i][j]: the most the first i left and j right sections can score in order.
  const width = rs.length + 1;
  const best = new Float64Array((ls.length + 1) * width);
  const take = new Float64Array((ls.length + 1) * width);
  for (let i = 1; i <= ls.length; i++) {
    for (let j = 1; j <= rs.length; j++) {
      const pairScore = score(i - 1, j - 1);
      take[i * width + j] = pairScore >= SECTION_SCORE ? best[(i - 1) * width + j - 1]! + pairScore : -1;
      best[i * width + j] = Math.max(best[(i - 1) * width + j]!, best[i * width + j - 1]!, take[i * width + j]!);
    }
  }
  const out = new Map<string, number>();
  for (let i = ls.length, j = rs.length; i > 0 && j > 0;) {
    if (take[i * width + j] === best[i * width + j]) {
      out.set(ls[i - 1]!.heading.id, rs[j - 1]!.at);
      i--;
      j--;
    } else if (best[(i - 1) * width + j] === best[i * width + j]) i--;
    else j--;
  }
  return out;
}

/**
 * The two documents' paragraphs and headings in one sequence: the left
 * document in its order, each heading beside the right heading its section
 * is aligned with (alignSections), each paragraph beside its strongest
 * parallel on the right; the right's other paragraphs and headings inserted
 * where they stand between placed ones. A right paragraph matched out of
 * order stays beside its left one and is marked moved. A paragraph with no
 * parallel (one too short to hold a run the detector keeps, such as 各位代表：)
 * is set beside a right paragraph of the same wording (its letters and
 * digits, so 各位代表！ too) in the stretch up to the next placed one.
 */
export function alignDocuments(
  left: IndexedParagraph[],
  right: IndexedParagraph[],
  parallels: Parallel[],
  names?: SectionNames,
): CompareRow[] {
  const leftDoc = left[0]?.doc;
  const best = new Map<string, { id: string; weight: number }>();
  for (const p of parallels) {
    const [l, r] = p.a.doc === leftDoc ? [p.a, p.b] : [p.b, p.a];
    if (l.doc !== leftDoc || r.doc !== right[0]?.doc) continue;
    const seen = best.get(l.id);
    if (!seen || p.weight > seen.weight) best.set(l.id, { id: r.id, weight: p.weight });
  }
  const headings = names ? alignSections(left, right, parallels, names) : new Map<string, number>();
  const usedRight = new Set<string>();
  for (const { id } of best.values()) usedRight.add(id);
  const pendingHeadings = new Set([...headings.values()]);
  const rightIndex = new Map(right.map((p, i) => [p.id, i]));
  // Where each stretch of the right side ends: its next paragraph placed by a parallel or heading placed by its section.
  const barrier = new Int32Array(right.length + 1).fill(right.length);
  for (let i = right.length - 1; i >= 0; i--) barrier[i] = usedRight.has(right[i]!.id) || pendingHeadings.has(i) ? i : barrier[i + 1]!;
  const sameWording = Map.groupBy(
    right.flatMap((p, i) => (p.heading || !core(p.text) ? [] : [i])),
    (i) => core(right[i]!.text),
  );
  const rows: CompareRow[] = [];
  let next = 0;
  const flushUntil = (end: number): void => {
    for (; next < end; next++) {
      const r = right[next]!;
      // A heading passed before its left heading came stands alone, as it does without names.
      pendingHeadings.delete(next);
      if (!usedRight.has(r.id)) rows.push({ right: r });
    }
  };
  const placed = new Set<string>();
  for (const l of left) {
    const heading = headings.get(l.id);
    if (heading !== undefined && pendingHeadings.has(heading)) {
      flushUntil(heading);
      pendingHeadings.delete(heading);
      next = heading + 1;
      rows.push({ left: l, right: right[heading]! });
      continue;
    }
    const match = best.get(l.id);
    const at = match ? rightIndex.get(match.id) : undefined;
    if (match && at !== undefined && !placed.has(match.id)) {
      placed.add(match.id);
      if (at >= next) {
        flushUntil(at);
        next = at + 1;
        rows.push({ left: l, right: right[at]! });
      } else rows.push({ left: l, right: right[at]!, moved: true });
      continue;
    }
    const same = l.heading
      ? undefined
      : sameWording.get(core(l.text))?.find((i) => i >= next && i < barrier[next]! && !usedRight.has(right[i]!.id));
    if (same !== undefined) {
      usedRight.add(right[same]!.id);
      flushUntil(same);
      next = same + 1;
      rows.push({ left: l, right: right[same]! });
    } else rows.push({ left: l });
  }
  flushUntil(right.length);
  return rows;
}
