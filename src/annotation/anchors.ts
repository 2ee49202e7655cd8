/**
 * Anchors that never break: which id each heading and paragraph of a report
 * gets, given the ids the site has published before (the document's anchor
 * registry, content/anchors/<slug>.yaml). An id stays on its text, wherever a
 * conversion change moves it; a new block gets a new id that no published id
 * ever had; an id whose text is gone becomes an alias of the block that now
 * stands where it stood. Blocks are matched by a fingerprint of their reading
 * (hash, first and last characters), never by position. The rules for revised
 * text are written down in docs/anchors.md.
 */
import { createHash } from 'node:crypto';
import { readingOf } from '../zh/reading.ts';
import { toSimplified } from '../core/script.ts';
import type { AnchorRegistry, BlockKind, Fingerprint } from '../data/anchors-schema.ts';

const HEAD_CHARS = 12;

/**
 * The reading of a block (Simplified, no format characters, no whitespace), so
 * a Traditional copy, a re-wrapped line or a changed space keeps the id.
 */
export function fingerprint(kind: BlockKind, text: string): Fingerprint {
  const reading = [...readingOf(text, toSimplified).text.replace(/\s+/gu, '')];
  return {
    kind,
    hash: createHash('sha256').update(reading.join('')).digest('hex').slice(0, 16),
    head: reading.slice(0, HEAD_CHARS).join(''),
    tail: reading.slice(-HEAD_CHARS).join(''),
  };
}

/** A block of the report as the converter made it, with the id its position gives. */
export interface Block {
  positional: string;
  print: Fingerprint;
}

export interface Placement {
  /** The id of each block, in the blocks' order. */
  ids: string[];
  /** For each current id, the published ids that lead to it. */
  aliasesOf: Map<string, string[]>;
  registry: AnchorRegistry;
  /** What changed against the registry passed in (empty when nothing did). */
  added: string[];
  revised: string[];
  retired: string[];
}

/** A revised block keeps its id when it still begins or still ends as it did (and is the same kind, between the same unchanged neighbours). */
const similar = (a: Fingerprint, b: Fingerprint) => a.kind === b.kind && (a.head === b.head || a.tail === b.tail);

/**
 * `fixed` are ids the page holds outside the registry (专栏 boxes, figures,
 * box titles): a new id never takes one.
 */
export function placeAnchors(blocks: Block[], registry: AnchorRegistry, fixed: ReadonlySet<string> = new Set()): Placement {
  const entries = [...registry.anchors];
  const ids: (string | undefined)[] = blocks.map(() => undefined);
  /** For each block matched to a registry entry, that entry's index. */
  const entryOf: (number | undefined)[] = blocks.map(() => undefined);
  const taken = new Set<number>();

  // 1. The same text: each block takes the first untaken entry of its fingerprint, in order (repeated text keeps its order).
  const byHash = new Map<string, number[]>();
  entries.forEach(([, print], i) => {
    const key = `${print.kind}:${print.hash}`;
    byHash.set(key, [...(byHash.get(key) ?? []), i]);
  });
  blocks.forEach((block, b) => {
    const queue = byHash.get(`${block.print.kind}:${block.print.hash}`);
    const i = queue?.shift();
    if (i === undefined) return;
    entryOf[b] = i;
    taken.add(i);
  });

  // 2. Revised text: an unmatched block takes an unmatched, similar entry between the entries of its matched neighbours.
  const revised: string[] = [];
  blocks.forEach((block, b) => {
    if (entryOf[b] !== undefined) return;
    let lo = -1;
    for (let k = b - 1; k >= 0; k--)
      if (entryOf[k] !== undefined) {
        lo = entryOf[k]!;
        break;
      }
    let hi = entries.length;
    for (let k = b + 1; k < blocks.length; k++)
      if (entryOf[k] !== undefined) {
        hi = entryOf[k]!;
        break;
      }
    for (let i = lo + 1; i < hi; i++) {
      if (taken.has(i) || !similar(entries[i]![1], block.print)) continue;
      entryOf[b] = i;
      taken.add(i);
      revised.push(entries[i]![0]);
      break;
    }
  });
  blocks.forEach((_, b) => {
    if (entryOf[b] !== undefined) ids[b] = entries[entryOf[b]]![0];
  });

  // 3. New blocks: the id their position gives, unless any page id or published id ever had it.
  const reserved = new Set([...fixed, ...registry.anchors.keys(), ...registry.aliases.keys(), ...registry.gone]);
  const added: string[] = [];
  blocks.forEach((block, b) => {
    if (ids[b] !== undefined) return;
    let id = block.positional;
    for (let n = 2; reserved.has(id); n++) id = `${block.positional}-n${n}`;
    reserved.add(id);
    ids[b] = id;
    added.push(id);
  });
  const current = ids as string[];

  // 4. Entries whose text is gone lead to the block now standing where they stood: a new block between the same
  // kept neighbours (the text that replaced them), else the next kept entry's block, else the last one before.
  const entryBlock = new Map<number, number>();
  entryOf.forEach((i, b) => i !== undefined && entryBlock.set(i, b));
  const retired = new Map<string, string | undefined>();
  entries.forEach(([id], i) => {
    if (taken.has(i)) return;
    let before = -1;
    for (let j = i - 1; j >= 0 && before < 0; j--) if (entryBlock.has(j)) before = entryBlock.get(j)!;
    let after = blocks.length;
    for (let j = i + 1; j < entries.length && after === blocks.length; j++) if (entryBlock.has(j)) after = entryBlock.get(j)!;
    let at: number | undefined;
    for (let b = before + 1; b < after && at === undefined; b++) if (entryOf[b] === undefined) at = b;
    at ??= after < blocks.length ? after : before >= 0 ? before : 0;
    retired.set(id, current[at]);
  });
  // Earlier aliases follow their target when it has been retired in turn.
  const live = new Set(current);
  const aliases = new Map<string, string>();
  const gone = [...registry.gone];
  const follow = (to: string | undefined) => (to === undefined || live.has(to) ? to : retired.get(to));
  for (const [from, to] of [...registry.aliases, ...retired]) {
    const end = follow(to);
    if (end === undefined) gone.push(from);
    else aliases.set(from, end);
  }
  const anchors = new Map(blocks.map((block, b) => [current[b]!, block.print]));
  const aliasesOf = new Map<string, string[]>();
  for (const [from, to] of aliases) aliasesOf.set(to, [...(aliasesOf.get(to) ?? []), from]);
  return { ids: current, aliasesOf, registry: { anchors, aliases, gone }, added, revised, retired: [...retired.keys()] };
}

export interface History {
  registry: AnchorRegistry;
  /** Old ids that now lead to their text's current id. */
  aliased: [string, string][];
  /** Old ids the current pages give to other text: the current meaning stays, as links made since use it. */
  conflicts: string[];
  /** Old ids whose text no current block has. */
  lost: string[];
}

/**
 * Adds the ids an earlier version of the site published (`old`, in its page
 * order) to a registry: each old id that names nothing now becomes an alias of
 * the current block with its text (the same, else similar).
 */
export function addHistory(registry: AnchorRegistry, old: Map<string, Fingerprint>): History {
  const aliases = new Map(registry.aliases);
  const known = (id: string) => registry.anchors.has(id) || aliases.has(id) || registry.gone.includes(id);
  const current = [...registry.anchors];
  const result: Omit<History, 'registry'> = { aliased: [], conflicts: [], lost: [] };
  for (const [id, print] of old) {
    if (registry.anchors.has(id)) {
      if (registry.anchors.get(id)!.hash !== print.hash) result.conflicts.push(id);
      continue;
    }
    if (known(id)) continue;
    const to =
      current.find(([, now]) => now.kind === print.kind && now.hash === print.hash) ?? current.find(([, now]) => similar(now, print));
    if (!to) {
      result.lost.push(id);
      continue;
    }
    aliases.set(id, to[0]);
    result.aliased.push([id, to[0]]);
  }
  return { registry: { ...registry, aliases }, ...result };
}
