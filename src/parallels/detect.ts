/**
 * Parallel passages: paragraphs of different documents that share their
 * wording. Near-linear in the amount of text, whatever the documents share:
 *
 * 1. Each paragraph's core text (its reading less punctuation, core-text.ts)
 *    is cut into character n-grams, and an inverted index maps each n-gram to
 *    the paragraphs holding it, the documents in their order in time.
 * 2. Each paragraph's candidates are the paragraphs of other documents it
 *    shares n-grams with, ranked by the n-grams' weight (below), then by
 *    nearness in time. Of an n-gram held by more than WINDOW paragraphs (a
 *    formula, or a text copied into many documents) only the WINDOW
 *    paragraphs nearest in time are read: the work per paragraph is bounded,
 *    and a passage copied into hundreds of documents still finds its nearest
 *    copies (last year's report) rather than none. The named things a
 *    paragraph mentions (PassageInput.names) propose candidates as its
 *    n-grams do. Only the best MAX_CANDIDATES of each paragraph are aligned,
 *    each pair once.
 * 3. A candidate pair is aligned (align.ts) and kept when its shared runs
 *    cover enough of the shorter passage, counted by weight: an n-gram's
 *    weight falls with the number of documents using it (an IDF), so a pair
 *    that shares only the formulae every report writes (以习近平新时代中国特色
 *    社会主义思想为指导, 全面建成小康社会) is not a parallel, while a
 *    reworded paragraph that keeps its own phrases is. A reworded parallel
 *    keeps several phrases; one or two shared runs are a quoted formula or an
 *    indicator's name (城镇登记失业率控制在4.5%以内), unless they are most of
 *    the shorter passage, copied. Every kept pair's runs carry content of
 *    their own, a copy's more: an opening formula (现在，我代表…人民政府…
 *    请予审议), copied whole or in three runs, is mostly n-grams other
 *    documents write too, so it weighs less than its length.
 *    Two passages in the same section (both looking back or both ahead, under
 *    headings that share a word: a district's 全面实施乡村振兴 under the
 *    city's) need half the weighted share and no long run: a district
 *    restating its city's paragraph in its own words keeps its heading's
 *    matter and a few phrases (加强农村基层基础工作…人才队伍…提升“三农”服务能力).
 *    Two passages about the same years from the same side that name two of
 *    the same things (北三环、长丰大道北延) need a few phrases and half the
 *    content, however little of the passages they cover. An indicator's name
 *    is a formula and weighs nothing. Passages of other places about other
 *    years fill one template with their own facts: only a copy pairs them.
 *
 * The thresholds were set on the gold samples of tests/fixtures/parallels-gold
 * (npm run eval:parallels), marked by reading before they were: pairs.yaml,
 * then held-out.yaml (for the section and formula rules) and held-out-2.yaml
 * (for the names, indicator and place rules), each after it had been scored
 * once as a held-out measure.
 * `npm run bench -- --parallels` times the detector at 5, 100 and 500 documents.
 */
import { detectScript } from '../core/script.ts';
import { Aligner, type SharedRun, covered } from './align.ts';
import { type CoreText, coreText, writtenRange } from './core-text.ts';
import type { Stance } from '../index/stance.ts';
import { GramNumbers, fingerprints } from './grams.ts';

export interface PassageInput {
  id: string;
  /** The paragraph as written. */
  text: string;
  /**
   * The section it sits in: its heading as written, and whether it looks back
   * or ahead (src/index/stance.ts). Two passages under headings that share a
   * word, both looking back or both ahead, treat the same matter.
   */
  section?: { heading: string; stance: Stance; period?: Period };
  /**
   * The named things it mentions (ids of the entity registry: places, roads,
   * projects, firms; not indicators). Two passages about the same years that
   * name the same things and share phrases treat the same matter.
   */
  names?: string[];
  /**
   * Written ranges [start, end) of the text that are formulae by the
   * registries: an indicator's name (城市建成区绿化覆盖率, 城镇登记失业率),
   * which every report writes with its own figures. Shared n-grams in them
   * count for nothing.
   */
  formulae?: [number, number][];
}

/** The years a section speaks of (src/index/stance.ts). */
export interface Period {
  from: number;
  to: number;
}

export interface DocumentInput {
  doc: string;
  /** When it was issued (a year will do): a common n-gram's paragraphs are read nearest in time first. */
  time?: number;
  /** The place it is of (a jurisdiction's id): passages of other places and other years are parallels only when copied. */
  place?: string;
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
  /** Letters in an n-gram of the index, and the shortest shared run the alignment counts. */
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
  /**
   * A reworded parallel in the same section (the headings above the two
   * passages share a run): at least `minRuns` shared runs and this weighted
   * share, however short each run.
   */
  sectionWeight: number;
  /** A copied passage: its runs (however few) cover this share of the shorter one, weighted, and hold content of `minShared`. */
  copied: number;
  /**
   * A reworded parallel by its names: at least `minRuns` shared runs and this
   * many named things both mention, in passages about the same years from the
   * same side (both looking back or both ahead), however little of them the
   * runs cover: a district's plan naming its city's roads (北三环、长丰大道北延).
   */
  minNames: number;
  /**
   * Content every kept pair's runs hold: their n-grams, each counted by its
   * weight against the passage's rarest, so that a sentence every report
   * writes (a formula, even copied whole) counts for less than its length.
   */
  minContent: number;
}

export const DEFAULT_OPTIONS: DetectOptions = {
  gram: 4,
  minLength: 16,
  minRuns: 3,
  minShared: 24,
  minLongest: 12,
  minWeight: 0.125,
  sectionWeight: 0.06,
  copied: 0.6,
  minNames: 2,
  minContent: 10,
};

/** Paragraphs of an n-gram read for candidates: all of them up to this many, else this many nearest in time. */
const WINDOW = 64;
/** Paragraphs of a name read for candidates: a name is evidence between passages about the same years, which stand near in time. */
const NAME_WINDOW = 16;
const MAX_CANDIDATES = 12;

interface Passage {
  doc: number;
  side: ParallelSide;
  core: CoreText;
  /** Each position's n-gram as a number (the index's own numbering). */
  at: Int32Array;
  /** The distinct n-grams. */
  grams: Int32Array;
  /** The distinct n-grams that propose candidates (grams.ts), and its names' numbers (after the n-grams'), which propose them too. */
  prints: Int32Array;
  /** The reading of its section's heading, letters and digits only, and the section's stance ('' for none) and years. */
  heading: string;
  stance: string;
  period: Period | undefined;
  /** Its document's place ('' for none) and the named things it mentions, numbered after the n-grams. */
  place: string;
  names: Int32Array;
  /** Per position: whether the n-gram there touches a formula (PassageInput.formulae); undefined when none does. */
  formula: Uint8Array | undefined;
}

/** Positions of the core text whose n-gram touches a written range of `ranges`. */
function formulaAt(core: CoreText, ranges: [number, number][] | undefined, gram: number, positions: number): Uint8Array | undefined {
  if (!ranges?.length) return undefined;
  const out = new Uint8Array(positions);
  for (const [start, end] of ranges) {
    for (let u = 0; u < core.text.length; u++) {
      if (core.starts[u]! >= end || core.ends[u]! <= start) continue;
      out.fill(1, Math.max(0, u - gram + 1), Math.min(u + 1, positions));
    }
  }
  return out;
}

/**
 * The documents' paragraphs long enough to compare, documents in order of time (input order among equals),
 * and the numbers the index needs: the n-grams', then the names'.
 */
function passagesOf(docs: DocumentInput[], options: DetectOptions, numbers: GramNumbers): { passages: Passage[]; tokens: number } {
  // Every pair that can be kept shares a run of minLongest characters, or is mostly copied: such a run holds a fingerprint.
  const w = Math.max(1, options.minLongest - options.gram + 1);
  const out: Passage[] = [];
  const written: string[][] = [];
  const inTime = docs.map((d, k) => ({ d, k })).sort((x, y) => (x.d.time ?? 0) - (y.d.time ?? 0) || x.k - y.k);
  for (const [d, { d: input }] of inTime.entries()) {
    const script = detectScript(input.paragraphs.map((p) => p.text).join(''));
    for (const p of input.paragraphs) {
      const core = coreText(p.text, script);
      if (core.text.length < options.minLength) continue;
      const { at, grams } = numbers.number(core.text);
      const heading = p.section ? coreText(p.section.heading, script).text : '';
      written.push(p.names ?? []);
      const stance = p.section?.stance ?? '';
      out.push({
        doc: d,
        side: { doc: input.doc, id: p.id },
        core,
        at,
        grams,
        prints: fingerprints(at, w),
        heading,
        stance,
        period: p.section?.period,
        place: input.place ?? '',
        names: new Int32Array(0),
        formula: formulaAt(core, p.formulae, options.gram, at.length),
      });
    }
  }
  // A name shared, like a fingerprint, proposes the pair: passages naming the same roads in other words share no long run.
  const base = numbers.size;
  const nameIds = new Map<string, number>();
  out.forEach((p, i) => {
    p.names = Int32Array.from(new Set(written[i]), (name) => {
      if (!nameIds.has(name)) nameIds.set(name, base + nameIds.size);
      return nameIds.get(name)!;
    });
    if (p.names.length) p.prints = Int32Array.from([...p.prints, ...p.names]);
  });
  return { passages: out, tokens: base + nameIds.size };
}

/** The inverted index of fingerprints and names, flat: the passages holding token g are postings[start[g] … start[g + 1]), in order. */
interface GramIndex {
  start: Int32Array;
  postings: Int32Array;
  /**
   * ln((documents + 1) / other documents using the n-gram or name): the same for an
   * n-gram of one document and one that only a pair of documents share (what
   * a parallel is made of), less the more documents use it, never zero.
   */
  weight: Float64Array;
  /** Tokens from here on are names, not n-grams. */
  firstName: number;
}

function indexOf(passages: Passage[], grams: number, documents: number, firstName: number): GramIndex {
  const start = new Int32Array(grams + 1);
  const docCount = new Int32Array(grams);
  const lastDoc = new Int32Array(grams).fill(-1);
  for (const p of passages) {
    for (const g of p.prints) start[g + 1]!++;
    for (const tokens of [p.grams, p.names]) {
      for (const g of tokens) {
        if (lastDoc[g] !== p.doc) {
          lastDoc[g] = p.doc;
          docCount[g]!++;
        }
      }
    }
  }
  for (let g = 0; g < grams; g++) start[g + 1]! += start[g]!;
  const postings = new Int32Array(start[grams]!);
  const fill = start.slice(0, grams);
  passages.forEach((p, i) => {
    for (const g of p.prints) postings[fill[g]!++] = i;
  });
  const weight = new Float64Array(grams);
  for (let g = 0; g < grams; g++) weight[g] = Math.log((documents + 1) / Math.max(docCount[g]! - 1, 1));
  return { start, postings, weight, firstName };
}

/** Where `i` stands (or would stand) in the ascending postings [from, to). */
function lowerBound(postings: Int32Array, from: number, to: number, i: number): number {
  let [lo, hi] = [from, to];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (postings[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scratch space of the candidate search, reused from passage to passage. */
interface Scratch {
  /** Each passage's document, read for every posting. */
  docOf: Int32Array;
  score: Float64Array;
  touched: number[];
}

function candidatesOf(
  i: number,
  passages: Passage[],
  { start, postings, weight, firstName }: GramIndex,
  scratch: Scratch,
  limit = MAX_CANDIDATES,
): number[] {
  const { docOf, score, touched } = scratch;
  const doc = docOf[i]!;
  for (const g of passages[i]!.prints) {
    let [from, to] = [start[g]!, start[g + 1]!];
    const window = g >= firstName ? NAME_WINDOW : WINDOW;
    if (to - from > window) {
      // The `window` paragraphs nearest this one in the documents' order of time.
      from = Math.max(from, Math.min(lowerBound(postings, from, to, i) - window / 2, to - window));
      to = from + window;
    }
    for (let k = from; k < to; k++) {
      const j = postings[k]!;
      if (docOf[j] === doc) continue;
      if (score[j] === 0) touched.push(j);
      score[j]! += weight[g]!;
    }
  }
  const ranked = touched.sort((x, y) => score[y]! - score[x]! || Math.abs(x - i) - Math.abs(y - i) || x - y).slice(0, limit);
  for (const j of touched) score[j] = 0;
  touched.length = 0;
  return ranked;
}

/**
 * The n-grams of a passage that `inside` accepts (counted at each position):
 * their weight over the weight of all its n-grams (`share`), and their
 * content, each counted by its weight against the passage's rarest n-gram's,
 * so a run of the passage's own matter counts its length and a formula many
 * documents write counts little.
 */
function weighted(p: Passage, weight: Float64Array, inside: (k: number, g: number) => boolean): { share: number; content: number } {
  let yes = 0;
  let all = 0;
  let most = 0;
  const formula = p.formula;
  for (let k = 0; k < p.at.length; k++) {
    const g = p.at[k]!;
    const x = weight[g]!;
    all += x;
    most = Math.max(most, x);
    if (inside(k, g) && (formula === undefined || formula[k] === 0)) yes += x;
  }
  return all > 0 ? { share: yes / all, content: yes / most } : { share: 0, content: 0 };
}

/**
 * The most the weighted share and the content can be: the shorter passage's
 * n-grams found anywhere in the other, in any order. Runs are made of such
 * n-grams, so a pair below the threshold here is below it after alignment too,
 * and is never aligned (an alignment of unrelated texts is the costly case).
 */
function shareBound(short: Passage, long: Passage, weight: Float64Array, mark: Uint8Array): { share: number; content: number } {
  for (const g of long.grams) mark[g] = 1;
  const bound = weighted(short, weight, (_, g) => mark[g] === 1);
  for (const g of long.grams) mark[g] = 0;
  return bound;
}

interface Context {
  options: DetectOptions;
  index: GramIndex;
  aligner: Aligner;
  /** Scratch: the other passage's n-grams (shareBound), the shorter passage's characters inside runs (compare). */
  mark: Uint8Array;
  inRun: Int32Array;
}

/**
 * Whether two passages stand in the same section: both look back or both
 * ahead, under headings that share a run of `n` letters, a word of the
 * section's matter (乡村振兴, 三大攻坚战).
 */
function sameSection(p: Passage, q: Passage, n: number): boolean {
  return p.stance !== '' && p.stance === q.stance && shareRun(p.heading, q.heading, n);
}

/** Whether the two passages' sections speak of years in common. */
function sameYears(p: Passage, q: Passage): boolean {
  return p.period !== undefined && q.period !== undefined && p.period.from <= q.period.to && q.period.from <= p.period.to;
}

/** Whether the passages are known to be of other places and about other years (an unknown place or period is neither). */
function otherPlaceAndYears(p: Passage, q: Passage): boolean {
  const otherYears = p.period !== undefined && q.period !== undefined && !sameYears(p, q);
  return otherYears && p.place !== '' && q.place !== '' && p.place !== q.place;
}

/** Named things both passages mention, counted up to `enough` (a passage names a few). */
function sharedNames(p: Passage, q: Passage, enough: number): number {
  let n = 0;
  for (const name of p.names) if (q.names.includes(name) && ++n >= enough) break;
  return n;
}

function shareRun(a: string, b: string, n: number): boolean {
  if (a.length < n || b.length < n) return false;
  const grams = new Set<string>();
  for (let i = 0; i + n <= a.length; i++) grams.add(a.slice(i, i + n));
  for (let i = 0; i + n <= b.length; i++) if (grams.has(b.slice(i, i + n))) return true;
  return false;
}

/** What decides a candidate pair: the measures its rules read. */
export interface PairMeasures {
  /** The most its weighted share could be, in any order (shareBound); a pair below every rule's share is never aligned. */
  bound: number;
  sameSection: boolean;
  /**
   * Not known to be of other places and about other years: a city and its
   * district in one year, a city in two. Passages of other places and other
   * years fill the same template with their own facts; they are parallels
   * only when copied.
   */
  related: boolean;
  /** Named things both mention (up to minNames), when both speak of the same years from the same side; else 0. */
  names: number;
  /** Whether it was aligned: when not, the measures below are 0. */
  aligned: boolean;
  /** Shared runs, letters and digits inside them, the longest run. */
  runs: number;
  shared: number;
  longest: number;
  /** The weighted share of the shorter passage and its content (weighted). */
  weight: number;
  content: number;
}

/** Why a pair is kept (the rule it meets) or not (the first measure that falls short). */
export type Verdict = 'reworded' | 'same section' | 'named' | 'copied' | 'bound' | 'share' | 'content';

interface Measured {
  measures: PairMeasures;
  /** The shared runs on the core texts; none when the bound stopped the pair before alignment. */
  runs: SharedRun[];
  shorterLength: number;
}

/**
 * A pair's measures. Whether the passages stand in the same section is read
 * only where a rule needs it (most pairs of a large corpus are reworded or
 * copied whatever their headings), and always for an explanation (`full`).
 */
function measure(p: Passage, q: Passage, context: Context, full = false): Measured {
  const { options, index, aligner, mark } = context;
  const shorterIsA = p.core.text.length <= q.core.text.length;
  const [short, long] = shorterIsA ? [p, q] : [q, p];
  const { share: bound, content: most } = shareBound(short, long, index.weight, mark);
  const related = !otherPlaceAndYears(p, q);
  const names = p.stance !== '' && p.stance === q.stance && sameYears(p, q) ? sharedNames(p, q, options.minNames) : 0;
  let section = full || (related && bound < options.minWeight && bound >= options.sectionWeight) ? sameSection(p, q, options.gram) : false;
  const none = { bound, sameSection: section, related, names, aligned: false, runs: 0, shared: 0, longest: 0, weight: 0, content: 0 };
  // A pair kept by its names needs half a reworded pair's content: one that cannot reach it is not aligned for them.
  const named = names >= options.minNames && most >= options.minContent / 2;
  if (!named && bound < (related ? Math.min(options.minWeight, section ? options.sectionWeight : 1) : options.copied))
    return { measures: none, runs: [], shorterLength: short.core.text.length };
  const runs = aligner.sharedRuns({ text: p.core.text, grams: p.at }, { text: q.core.text, grams: q.at });
  if (context.inRun.length < short.core.text.length) context.inRun = new Int32Array(short.core.text.length * 2);
  const inRun = context.inRun.fill(0, 0, short.core.text.length);
  let longest = 0;
  runs.forEach((r, m) => {
    inRun.fill(m + 1, shorterIsA ? r[0] : r[2], shorterIsA ? r[1] : r[3]);
    longest = Math.max(longest, r[1] - r[0]);
  });
  // An n-gram inside one run (two runs can abut in one passage and not in the other).
  const inside = (k: number): boolean => inRun[k] !== 0 && inRun[k] === inRun[k + options.gram - 1];
  const { share: weight, content } = weighted(short, index.weight, inside);
  const shared = covered(runs);
  const reworded =
    runs.length >= options.minRuns && shared >= options.minShared && longest >= options.minLongest && weight >= options.minWeight;
  if (!section && !full && related && !reworded && runs.length >= options.minRuns && weight >= options.sectionWeight)
    section = sameSection(p, q, options.gram);
  return {
    measures: { ...none, sameSection: section, aligned: true, runs: runs.length, shared, longest, weight, content },
    runs,
    shorterLength: short.core.text.length,
  };
}

function verdict(m: PairMeasures, options: DetectOptions): Verdict {
  if (!m.aligned) return 'bound';
  const several = m.related && m.runs >= options.minRuns;
  const reworded = several && m.shared >= options.minShared && m.longest >= options.minLongest && m.weight >= options.minWeight;
  const inSection = !reworded && several && m.weight >= options.sectionWeight && m.sameSection;
  // The names carry half the evidence: the runs may be few letters of long passages, but still a phrase (half
  // a reused clause) and half a reworded pair's content, not one word many sentences write (年均增长).
  const named =
    !reworded &&
    !inSection &&
    several &&
    m.names >= options.minNames &&
    m.longest >= options.minLongest / 2 &&
    m.content >= options.minContent / 2;
  if (named) return 'named';
  if (!reworded && !inSection && m.weight < options.copied) return 'share';
  // A copy (however few its runs) needs the content of a reworded pair's shared letters.
  if (m.content < (reworded || inSection ? options.minContent : options.minShared)) return 'content';
  return reworded ? 'reworded' : inSection ? 'same section' : 'copied';
}

const KEPT_VERDICTS: ReadonlySet<Verdict> = new Set(['reworded', 'same section', 'named', 'copied']);

function compare(p: Passage, q: Passage, context: Context): Parallel | undefined {
  const { measures, runs, shorterLength } = measure(p, q, context);
  if (!KEPT_VERDICTS.has(verdict(measures, context.options))) return undefined;
  return {
    a: p.side,
    b: q.side,
    share: measures.shared / shorterLength,
    weight: measures.weight,
    runs: runs.map(([as, ae, bs, be]) => [...writtenRange(p.core, as, ae), ...writtenRange(q.core, bs, be)]),
  };
}

interface Prepared {
  passages: Passage[];
  context: Context;
  candidates: number[][];
  scratch: Scratch;
}

function prepare(docs: DocumentInput[], options: DetectOptions): Prepared {
  const numbers = new GramNumbers(options.gram);
  const { passages, tokens } = passagesOf(docs, options, numbers);
  const grams = numbers.size;
  const context: Context = {
    options,
    index: indexOf(passages, tokens, docs.length, numbers.size),
    aligner: new Aligner(grams, options.gram),
    mark: new Uint8Array(grams),
    inRun: new Int32Array(256),
  };
  const scratch: Scratch = { docOf: Int32Array.from(passages, (p) => p.doc), score: new Float64Array(passages.length), touched: [] };
  const candidates = passages.map((_, i) => candidatesOf(i, passages, context.index, scratch));
  return { passages, context, candidates, scratch };
}

/**
 * Every parallel pair across the documents, each once with its earlier
 * passage (in time) as `a`, strongest first within each passage's order.
 */
export function detectParallels(docs: DocumentInput[], options: DetectOptions = DEFAULT_OPTIONS): Parallel[] {
  const { passages, context, candidates } = prepare(docs, options);
  const out: Parallel[] = [];
  candidates.forEach((list, i) => {
    for (const j of list) {
      // A pair proposed from both sides is aligned once, from its earlier passage.
      if (j < i && candidates[j]!.includes(i)) continue;
      const [a, b] = i < j ? [i, j] : [j, i];
      const found = compare(passages[a]!, passages[b]!, context);
      if (found) out.push(found);
    }
  });
  return out;
}

/** Why the detector keeps a pair of paragraphs or not, for `npm run eval:parallels`. */
export interface PairExplanation {
  /**
   * `too short`: one passage is under minLength; `not proposed`: neither passage has the other among
   * its candidates (`rank` says where each stands in the other's ranking, 0 for not at all); else `proposed`.
   */
  candidate: 'too short' | 'proposed' | 'not proposed';
  rank?: [number, number];
  measures?: PairMeasures;
  verdict?: Verdict;
}

/** The detector's reasons for each pair of paragraphs, on the same documents and options. */
export function explainPairs(
  docs: DocumentInput[],
  pairs: [ParallelSide, ParallelSide][],
  options: DetectOptions = DEFAULT_OPTIONS,
): PairExplanation[] {
  const { passages, context, candidates, scratch } = prepare(docs, options);
  const at = new Map(passages.map((p, i) => [`${p.side.doc}#${p.side.id}`, i]));
  return pairs.map(([x, y]) => {
    const [i, j] = [at.get(`${x.doc}#${x.id}`), at.get(`${y.doc}#${y.id}`)];
    if (i === undefined || j === undefined) return { candidate: 'too short' };
    const proposed = candidates[i]!.includes(j) || candidates[j]!.includes(i);
    const rankOf = (own: number, other: number): number => candidatesOf(own, passages, context.index, scratch, Infinity).indexOf(other) + 1;
    const [a, b] = i < j ? [i, j] : [j, i];
    const { measures } = measure(passages[a]!, passages[b]!, context, true);
    return {
      candidate: proposed ? 'proposed' : 'not proposed',
      rank: [rankOf(i, j), rankOf(j, i)],
      measures,
      verdict: verdict(measures, options),
    };
  });
}
