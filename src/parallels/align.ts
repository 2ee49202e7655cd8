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
 * sentences with diff-match-patch, src/parallels/sentence-diff.ts.)
 */

/** A run [aStart, aEnd) of `a` equal to [bStart, bEnd) of `b`. */
export type SharedRun = [aStart: number, aEnd: number, bStart: number, bEnd: number];

/** Characters a shared run needs: two-character words recur everywhere, four-character ones far less. */
export const MIN_RUN = 4;

/** Seeds kept for the chaining (the longest), so that a pathological pair stays cheap. */
const MAX_SEEDS = 2000;

function maximalRuns(a: string, b: string, minRun: number): SharedRun[] {
  const at = new Map<string, number[]>();
  for (let j = 0; j + minRun <= b.length; j++) {
    const g = b.slice(j, j + minRun);
    const list = at.get(g);
    if (list) list.push(j);
    else at.set(g, [j]);
  }
  const runs: SharedRun[] = [];
  for (let i = 0; i + minRun <= a.length; i++) {
    const list = at.get(a.slice(i, i + minRun));
    if (!list) continue;
    for (const j of list) {
      // Only where the run starts: one character earlier the texts differ.
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) continue;
      let n = minRun;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      runs.push([i, i + n, j, j + n]);
    }
  }
  return runs;
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

export function sharedRuns(a: string, b: string, minRun = MIN_RUN): SharedRun[] {
  return chain(maximalRuns(a, b, minRun));
}

/** Characters of `a` (or `b`) the runs cover. */
export function covered(runs: SharedRun[]): number {
  return runs.reduce((n, r) => n + r[1] - r[0], 0);
}
