/**
 * The detector's n-grams as numbers (so its index and its aligner hold
 * numbers, not strings) and the fingerprints that propose candidates: the
 * n-grams that winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003, as in
 * MOSS) picks, the smallest hash in every window of `w` consecutive n-grams.
 * Two texts sharing a run of at least w + n − 1 characters share one of its
 * fingerprints, so a pair with such a run is always proposed, while only about
 * 2 / (w + 1) of the n-grams are looked up.
 */
/** A pair's first slot in a table of mask + 1 slots: both numbers mixed into every bit, so runs of near numbers (Han code points) spread. */
function slotOf(x: number, y: number, mask: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/**
 * Numbers for pairs of whole numbers, each pair numbered densely as it is first
 * seen: an open-addressing hash table in typed arrays, so numbering every
 * position of a corpus makes no string and no object.
 */
class PairNumbers {
  private a = new Int32Array(1 << 12);
  private b = new Int32Array(1 << 12);
  private id = new Int32Array(1 << 12).fill(-1);
  size = 0;

  number(x: number, y: number): number {
    const mask = this.id.length - 1;
    let slot = slotOf(x, y, mask);
    for (;;) {
      const found = this.id[slot]!;
      if (found < 0) break;
      if (this.a[slot] === x && this.b[slot] === y) return found;
      slot = (slot + 1) & mask;
    }
    this.a[slot] = x;
    this.b[slot] = y;
    this.id[slot] = this.size++;
    if (this.size * 2 > this.id.length) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const [a, b, id] = [this.a, this.b, this.id];
    this.a = new Int32Array(a.length * 2);
    this.b = new Int32Array(a.length * 2);
    this.id = new Int32Array(a.length * 2).fill(-1);
    const mask = this.id.length - 1;
    for (let s = 0; s < id.length; s++) {
      if (id[s]! < 0) continue;
      let slot = slotOf(a[s]!, b[s]!, mask);
      while (this.id[slot]! >= 0) slot = (slot + 1) & mask;
      this.a[slot] = a[s]!;
      this.b[slot] = b[s]!;
      this.id[slot] = id[s]!;
    }
  }
}

/**
 * n-grams numbered as they are first seen, so the index holds numbers rather
 * than strings. Two UTF-16 units make one 32-bit word, so a 4-gram is one pair
 * of words and takes one lookup; a longer n-gram is numbered a word at a time
 * (the pair of its shorter prefix's number and its next word).
 */
export class GramNumbers {
  private readonly levels: PairNumbers[];
  private seen = new Uint8Array(1024);

  readonly n: number;

  constructor(n: number) {
    this.n = n;
    this.levels = Array.from({ length: Math.max(1, Math.ceil(n / 2) - 1) }, () => new PairNumbers());
  }

  get size(): number {
    return this.levels.at(-1)!.size;
  }

  /** The number of the n-gram at `i`. */
  private numberAt(text: string, i: number): number {
    const { n, levels } = this;
    // A word of two units; an odd n-gram's last word has one (and -1 keeps it apart from a whole word).
    const word = (k: number) => (k + 1 < n ? (text.charCodeAt(i + k) << 16) | text.charCodeAt(i + k + 1) : -1 - text.charCodeAt(i + k));
    if (n <= 2) return levels[0]!.number(word(0), 0);
    let id = levels[0]!.number(word(0), word(2));
    for (let k = 4, level = 1; k < n; k += 2, level++) id = levels[level]!.number(id, word(k));
    return id;
  }

  number(text: string): { at: Int32Array; grams: Int32Array } {
    const at = new Int32Array(Math.max(text.length - this.n + 1, 0));
    const distinct: number[] = [];
    for (let i = 0; i < at.length; i++) {
      const id = this.numberAt(text, i);
      at[i] = id;
      if (id >= this.seen.length) {
        const grown = new Uint8Array(Math.max(id + 1, this.seen.length * 2));
        grown.set(this.seen);
        this.seen = grown;
      }
      if (!this.seen[id]) {
        this.seen[id] = 1;
        distinct.push(id);
      }
    }
    for (const g of distinct) this.seen[g] = 0;
    return { at, grams: Int32Array.from(distinct) };
  }
}

/** A well-mixed 32-bit hash of an n-gram's number (the numbers follow first appearance, which winnowing must not). */
function hash(id: number): number {
  let h = Math.imul(id ^ (id >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The distinct n-grams winnowing picks from the positions' n-grams `at`, with windows of `w` (all of a shorter text's smallest). */
export function fingerprints(at: Int32Array, w: number): Int32Array {
  const picked = new Set<number>();
  const hashes = Uint32Array.from(at, hash);
  const span = Math.min(w, at.length);
  let best = -1;
  for (let start = 0; start + span <= at.length; start++) {
    // The rightmost smallest hash of the window, as winnowing's robust variant picks: the last window's
    // pick stays while it is inside this one and nothing newer is as small, so each window costs one look.
    const end = start + span - 1;
    if (best < start) {
      best = start;
      for (let k = start + 1; k <= end; k++) if (hashes[k]! <= hashes[best]!) best = k;
    } else if (hashes[end]! <= hashes[best]!) best = end;
    picked.add(at[best]!);
  }
  return Int32Array.from(picked);
}
