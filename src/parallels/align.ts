/**
 * The runs two passages share, as a local alignment built from seeds (as
 * BLAST and passim do): every maximal run of at least `minRun` equal
 * characters the two texts have in common, then the set of them, in the same
 * order in both texts and not overlapping, that covers the most characters.
 * A reworded sentence yields its reused phrases and not the odd common
 * character. Linear in the texts plus the square of the seeds, which are few
 * in a pair of passages; diff-match-patch's Myers diff gave the same runs on
 * the gold sample but spent most of the detector's time on long paragraphs
 * that share little. (The compare pages mark changed characters of aligned
 * sentences with diff-match-patch, src/parallels/compare.ts.)
 *
 * The detector aligns thousands of pairs whose n-grams it has already
 * numbered (detect.ts), so the seeds are found on those numbers, through
 * linked lists in typed arrays reused from pair to pair: no string and no map
 * is made per pair.
 */

/** A run [aStart, aEnd) of `a` equal to [bStart, bEnd) of `b`. */
export type SharedRun = [aStart: number, aEnd: number, bStart: number, bEnd: number];

/** Characters a shared run needs: two-character words recur everywhere, four-character ones far less. */
export const MIN_RUN = 4;

/** Seeds kept for the chaining (the longest), so that a pathological pair stays cheap. */
const MAX_SEEDS = 2000;

/** A text as the aligner reads it: its UTF-16 units and, per position, the number of the `minRun`-gram starting there. */
export interface NumberedText {
  text: string;
  grams: Int32Array;
}

/**
 * Finds seeds between numbered texts. `head` has a slot per n-gram number,
 * all -1 between calls; `next` is grown as texts need.
 */
export class Aligner {
  private head: Int32Array;
  private next = new Int32Array(256);

  private readonly minRun: number;

  constructor(grams: number, minRun = MIN_RUN) {
    this.head = new Int32Array(grams).fill(-1);
    this.minRun = minRun;
  }

  /** Every maximal shared run of at least minRun characters. */
  seeds(a: NumberedText, b: NumberedText): SharedRun[] {
    const { head, minRun } = this;
    if (this.next.length < b.grams.length) this.next = new Int32Array(Math.max(b.grams.length, this.next.length * 2));
    const next = this.next;
    // Positions of each n-gram of b, last first.
    for (let j = 0; j < b.grams.length; j++) {
      const g = b.grams[j]!;
      next[j] = head[g]!;
      head[g] = j;
    }
    const runs: SharedRun[] = [];
    const [x, y] = [a.text, b.text];
    for (let i = 0; i < a.grams.length; i++) {
      for (let j = head[a.grams[i]!]!; j >= 0; j = next[j]!) {
        // Only where the run starts: one character earlier the texts differ.
        if (i > 0 && j > 0 && x.charCodeAt(i - 1) === y.charCodeAt(j - 1)) continue;
        let n = minRun;
        while (i + n < x.length && j + n < y.length && x.charCodeAt(i + n) === y.charCodeAt(j + n)) n++;
        runs.push([i, i + n, j, j + n]);
      }
    }
    for (let j = 0; j < b.grams.length; j++) head[b.grams[j]!] = -1;
    return runs;
  }

  sharedRuns(a: NumberedText, b: NumberedText): SharedRun[] {
    return chain(this.seeds(a, b));
  }
}

/** The runs in the same order in both texts, not overlapping, covering the most characters (ties: the earliest). */
function chain(runs: SharedRun[]): SharedRun[] {
  const seeds = runs.length > MAX_SEEDS ? [...runs].sort((x, y) => y[1] - y[0] - (x[1] - x[0])).slice(0, MAX_SEEDS) : runs;
  seeds.sort((x, y) => x[0] - y[0] || x[2] - y[2]);
  const best = new Float64Array(seeds.length);
  const from = new Int32Array(seeds.length).fill(-1);
  let top = -1;
  seeds.forEach((r, m) => {
    best[m] = r[1] - r[0];
    for (let k = 0; k < m; k++) {
      const q = seeds[k]!;
      if (q[1] <= r[0] && q[3] <= r[2] && best[k]! + r[1] - r[0] > best[m]) {
        best[m] = best[k]! + r[1] - r[0];
        from[m] = k;
      }
    }
    if (top < 0 || best[m] > best[top]!) top = m;
  });
  const out: SharedRun[] = [];
  for (let m = top; m >= 0; m = from[m]!) out.push(seeds[m]!);
  return out.reverse();
}

/** Two texts' n-grams numbered in one table, for a pair aligned on its own (the compare pages' sentences). */
function numberPair(a: string, b: string, n: number): { a: NumberedText; b: NumberedText; grams: number } {
  const ids = new Map<string, number>();
  const number = (text: string): NumberedText => {
    const grams = new Int32Array(Math.max(text.length - n + 1, 0));
    for (let i = 0; i < grams.length; i++) {
      const g = text.slice(i, i + n);
      let id = ids.get(g);
      if (id === undefined) ids.set(g, (id = ids.size));
      grams[i] = id;
    }
    return { text, grams };
  };
  return { a: number(a), b: number(b), grams: ids.size };
}

export function sharedRuns(a: string, b: string, minRun = MIN_RUN): SharedRun[] {
  const pair = numberPair(a, b, minRun);
  return new Aligner(pair.grams, minRun).sharedRuns(pair.a, pair.b);
}

/** Characters of `a` (or `b`) the runs cover. */
export function covered(runs: SharedRun[]): number {
  return runs.reduce((n, r) => n + r[1] - r[0], 0);
}
