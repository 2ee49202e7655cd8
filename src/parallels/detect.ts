/**
 * Parallel passages: paragraphs of different documents that share their
 * wording. Near-linear in the amount of text:
 *
 * 1. Each paragraph's core text (its reading less punctuation, core-text.ts)
 *    is cut into character n-grams, and an inverted index maps each n-gram to
 *    the paragraphs holding it. An n-gram held by more than MAX_POSTINGS
 *    paragraphs is too common to say which ones are related and proposes none.
 * 2. Each paragraph's candidates are the paragraphs of other documents it
 *    shares n-grams with, ranked by the n-grams' weight (below); only the best
 *    MAX_CANDIDATES are aligned, so the work per paragraph is bounded.
 * 3. A candidate pair is aligned (align.ts) and kept when its shared runs
 *    cover enough of the shorter passage, counted by weight: an n-gram's
 *    weight falls with the number of documents using it (an IDF), so a pair
 *    that shares only the formulae every report writes (以习近平新时代中国特色
 *    社会主义思想为指导, 全面建成小康社会) is not a parallel, while a
 *    reworded paragraph that keeps its own phrases is. A reworded parallel
 *    keeps several phrases; one or two shared runs are a quoted formula or an
 *    indicator's name (城镇登记失业率控制在4.5%以内), unless they are most of
 *    the shorter passage, copied.
 *
 * The thresholds were set on the gold sample of tests/fixtures/parallels-gold
 * (npm run eval:parallels), which was marked by reading before they were.
 */
import { detectScript } from '../core/script.ts';
import { type SharedRun, covered, sharedRuns } from './align.ts';
import { type CoreText, coreText, writtenRange } from './core-text.ts';

export interface PassageInput {
  id: string;
  /** The paragraph as written. */
  text: string;
}

export interface DocumentInput {
  doc: string;
  paragraphs: PassageInput[];
}

export interface ParallelSide {
  doc: string;
  id: string;
}

export interface Parallel {
  a: ParallelSide;
  b: ParallelSide;
  /** Share of the shorter passage's letters and digits inside shared runs, 0–1. */
  share: number;
  /** The same share weighted by how rare each shared n-gram is across the documents, 0–1: the rank. */
  weight: number;
  /** Shared runs as written ranges of each paragraph's text: [aStart, aEnd, bStart, bEnd]. */
  runs: SharedRun[];
}

export interface DetectOptions {
  /** Letters in an n-gram of the index. */
  gram: number;
  /** Letters and digits a passage needs to be compared at all. */
  minLength: number;
  /** A reworded parallel: at least this many shared runs, … */
  minRuns: number;
  /** … this many shared letters and digits, one run of at least `minLongest` (a reused clause), … */
  minShared: number;
  minLongest: number;
  /** … and this weighted share of the shorter passage. */
  minWeight: number;
  /** A copied passage: its runs (however few) cover this share of the shorter one, weighted. */
  copied: number;
}

export const DEFAULT_OPTIONS: DetectOptions = {
  gram: 4,
  minLength: 16,
  minRuns: 3,
  minShared: 24,
  minLongest: 12,
  minWeight: 0.125,
  copied: 0.6,
};

const MAX_POSTINGS = 64;
const MAX_CANDIDATES = 12;

interface Passage {
  doc: number;
  side: ParallelSide;
  core: CoreText;
  /** Each position's n-gram as a number (the index's own numbering); -1 past the last one. */
  at: Int32Array;
  /** The distinct n-grams. */
  grams: Int32Array;
}

/**
 * n-grams numbered as they are first seen, so the index holds numbers rather
 * than strings. Each UTF-16 unit gets a small number too, and an n-gram's key
 * is its units' numbers in base CHARS, exact in a double (the texts hold about
 * 3,000 distinct characters), so no string is made per position; an n-gram
 * with a unit numbered beyond CHARS is keyed by a string instead.
 */
const CHARS = 8192;

class GramNumbers {
  readonly ids = new Map<number | string, number>();
  private readonly units = new Map<number, number>();
  number(text: string, n: number): { at: Int32Array; grams: Int32Array } {
    const codes = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let id = this.units.get(c);
      if (id === undefined) this.units.set(c, (id = this.units.size));
      codes[i] = id;
    }
    const at = new Int32Array(Math.max(text.length - n + 1, 0));
    for (let i = 0; i < at.length; i++) {
      let key: number | string = 0;
      for (let k = 0; k < n; k++) {
        const c = codes[i + k]!;
        if (c >= CHARS) {
          key = codes.subarray(i, i + n).join(',');
          break;
        }
        key = key * CHARS + c;
      }
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.ids.size));
      at[i] = id;
    }
    return { at, grams: Int32Array.from(new Set(at)) };
  }
}

function passagesOf(docs: DocumentInput[], options: DetectOptions, numbers: GramNumbers): Passage[] {
  const out: Passage[] = [];
  docs.forEach(({ doc, paragraphs }, d) => {
    const script = detectScript(paragraphs.map((p) => p.text).join(''));
    for (const p of paragraphs) {
      const core = coreText(p.text, script);
      if (core.text.length < options.minLength) continue;
      out.push({ doc: d, side: { doc, id: p.id }, core, ...numbers.number(core.text, options.gram) });
    }
  });
  return out;
}

interface GramIndex {
  postings: number[][];
  /**
   * ln((documents + 1) / other documents using the n-gram): the same for an
   * n-gram of one document and one that only a pair of documents share (what
   * a parallel is made of), less the more documents use it, never zero.
   */
  weight: Float64Array;
}

function indexOf(passages: Passage[], grams: number, documents: number): GramIndex {
  const postings: number[][] = Array.from({ length: grams }, () => []);
  const docCount = new Int32Array(grams);
  const lastDoc = new Int32Array(grams).fill(-1);
  passages.forEach((p, i) => {
    for (const g of p.grams) {
      postings[g]!.push(i);
      if (lastDoc[g] !== p.doc) {
        lastDoc[g] = p.doc;
        docCount[g]!++;
      }
    }
  });
  const weight = new Float64Array(grams);
  for (let g = 0; g < grams; g++) weight[g] = Math.log((documents + 1) / Math.max(docCount[g]! - 1, 1));
  return { postings, weight };
}

function candidatesOf(i: number, passages: Passage[], { postings, weight }: GramIndex): number[] {
  const me = passages[i]!;
  const score = new Map<number, number>();
  for (const g of me.grams) {
    const list = postings[g]!;
    if (list.length > MAX_POSTINGS) continue;
    for (const j of list) {
      // Each pair once (from its earlier passage), and only across documents.
      if (j <= i || passages[j]!.doc === me.doc) continue;
      score.set(j, (score.get(j) ?? 0) + weight[g]!);
    }
  }
  return [...score]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, MAX_CANDIDATES)
    .map(([j]) => j);
}

/**
 * The weight of the n-grams of a passage that `inside` accepts, over the
 * weight of all its n-grams (counted at each position).
 */
function weighted(p: Passage, weight: Float64Array, inside: (k: number, g: number) => boolean): number {
  let yes = 0;
  let all = 0;
  p.at.forEach((g, k) => {
    all += weight[g]!;
    if (inside(k, g)) yes += weight[g]!;
  });
  return all > 0 ? yes / all : 0;
}

/**
 * The most the weighted share can be: the weight of the shorter passage's
 * n-grams found anywhere in the other, in any order. Runs are made of such
 * n-grams, so a pair below the threshold here is below it after alignment too,
 * and is never aligned (an alignment of unrelated texts is the costly case).
 */
function shareBound(short: Passage, long: Passage, weight: Float64Array, mark: Uint8Array): number {
  for (const g of long.grams) mark[g] = 1;
  const bound = weighted(short, weight, (_, g) => mark[g] === 1);
  for (const g of long.grams) mark[g] = 0;
  return bound;
}

function compare(p: Passage, q: Passage, options: DetectOptions, index: GramIndex, mark: Uint8Array): Parallel | undefined {
  const shorterIsA = p.core.text.length <= q.core.text.length;
  const [short, long] = shorterIsA ? [p, q] : [q, p];
  if (shareBound(short, long, index.weight, mark) < options.minWeight) return undefined;
  const runs = sharedRuns(p.core.text, q.core.text);
  const shared = covered(runs);
  const inRun = new Uint8Array(short.core.text.length);
  for (const r of runs) inRun.fill(1, shorterIsA ? r[0] : r[2], shorterIsA ? r[1] : r[3]);
  const w = weighted(short, index.weight, (k) => inRun[k] === 1 && inRun[k + options.gram - 1] === 1);
  const longest = Math.max(0, ...runs.map((r) => r[1] - r[0]));
  const reworded = runs.length >= options.minRuns && shared >= options.minShared && longest >= options.minLongest && w >= options.minWeight;
  if (!reworded && w < options.copied) return undefined;
  return {
    a: p.side,
    b: q.side,
    share: shared / short.core.text.length,
    weight: w,
    runs: runs.map(([as, ae, bs, be]) => [...writtenRange(p.core, as, ae), ...writtenRange(q.core, bs, be)]),
  };
}

/** Every parallel pair across the documents, strongest first within each passage's order of appearance. */
export function detectParallels(docs: DocumentInput[], options: DetectOptions = DEFAULT_OPTIONS): Parallel[] {
  const numbers = new GramNumbers();
  const passages = passagesOf(docs, options, numbers);
  const index = indexOf(passages, numbers.ids.size, docs.length);
  const mark = new Uint8Array(numbers.ids.size);
  const out: Parallel[] = [];
  passages.forEach((p, i) => {
    for (const j of candidatesOf(i, passages, index)) {
      const found = compare(p, passages[j]!, options, index, mark);
      if (found) out.push(found);
    }
  });
  return out;
}
