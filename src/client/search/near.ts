/**
 * Near misses: a registered name typed with one character wrong, as an input
 * method slips between characters read alike (怀绍衡铁路 for 怀邵衡铁路).
 * Only names of at least MIN_CHARS characters are offered: a shorter string
 * one character off a name is more often another word than a slip. Runs in
 * the browser, on the query's parts that matched no name, and compares them
 * with the names of their length directly: a query is short, and building an
 * index of every name first would cost more than the comparison.
 */

export const MIN_CHARS = 4;

/** The names by length in characters (of at least MIN_CHARS), each as its characters. */
export type NamesByLength = Map<number, string[][]>;

export function namesByLength(words: Iterable<string>): NamesByLength {
  const byLength: NamesByLength = new Map();
  for (const word of words) {
    const chars = [...word];
    if (chars.length < MIN_CHARS) continue;
    const list = byLength.get(chars.length);
    if (list) list.push(chars);
    else byLength.set(chars.length, [chars]);
  }
  return byLength;
}

export interface NearMiss {
  /** The characters as typed. */
  typed: string;
  /** The one name they nearly spell. */
  name: string;
}

/** Whether two spellings of the same length differ in exactly one character. */
function oneOff(a: string[], b: string[]): boolean {
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/**
 * The near misses in a text that holds no registered name, longest first from
 * the left; a spelling one character from two names at once is ambiguous and
 * left alone.
 */
export function nearMisses(text: string, names: NamesByLength): NearMiss[] {
  const chars = [...text];
  const longest = Math.max(0, ...names.keys());
  const found: NearMiss[] = [];
  for (let i = 0; i < chars.length;) {
    let hit: NearMiss | undefined;
    for (let len = Math.min(longest, chars.length - i); len >= MIN_CHARS && !hit; len--) {
      const typed = chars.slice(i, i + len);
      const near = new Set((names.get(len) ?? []).filter((n) => oneOff(typed, n)).map((n) => n.join('')));
      if (near.size === 1) hit = { typed: typed.join(''), name: [...near][0]! };
    }
    if (hit) {
      found.push(hit);
      i += [...hit.typed].length;
    } else i += 1;
  }
  return found;
}
