/**
 * Which paragraphs the links gold sample reads: a fixed number per document,
 * drawn with a seeded generator so anyone can redraw the same sample and see
 * that it was not picked to flatter the linker. Headings are left out (they
 * are never annotated); very short paragraphs too (a date line holds no name).
 */
import type { IndexedParagraph } from '../../index/paragraphs.ts';
import { seededRandom } from '../../core/random.ts';

export const GOLD_SEED = 'hengyang-links-gold-1';
export const PER_DOCUMENT = 13;
const MIN_LENGTH = 20;

/** FNV-1a of a string, to seed one generator per document. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The drawn paragraph ids of each document, in drawing order. */
export function drawParagraphs(
  paragraphs: readonly IndexedParagraph[],
  seed = GOLD_SEED,
  perDocument = PER_DOCUMENT,
): Map<string, string[]> {
  const byDoc = new Map<string, string[]>();
  for (const p of paragraphs) {
    if (p.heading || p.text.trim().length < MIN_LENGTH) continue;
    byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p.id]);
  }
  const drawn = new Map<string, string[]>();
  for (const [doc, ids] of byDoc) {
    const random = seededRandom(hash(`${seed}|${doc}`));
    const pool = [...ids];
    // Fisher-Yates, stopped once enough are drawn.
    for (let i = 0; i < Math.min(perDocument, pool.length); i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    drawn.set(doc, pool.slice(0, perDocument));
  }
  return drawn;
}

/**
 * The main draw can miss a kind of name altogether (a hospital, a pumping
 * station). For each kind whose names (plain strings, not the linker's
 * matches) occur in none of the drawn paragraphs, `perKind` more paragraphs
 * containing one of its names are drawn the same seeded way.
 */
export function drawForKinds(
  paragraphs: readonly IndexedParagraph[],
  namesByKind: ReadonlyMap<string, readonly string[]>,
  drawn: ReadonlyMap<string, readonly string[]>,
  seed = GOLD_SEED,
  perKind = 2,
): Map<string, { doc: string; id: string }[]> {
  const usable = paragraphs.filter((p) => !p.heading && p.text.trim().length >= MIN_LENGTH);
  const taken = new Set([...drawn].flatMap(([doc, ids]) => ids.map((id) => `${doc}|${id}`)));
  const drawnTexts = usable.filter((p) => taken.has(`${p.doc}|${p.id}`)).map((p) => p.text);
  const out = new Map<string, { doc: string; id: string }[]>();
  for (const [kind, names] of [...namesByKind].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (drawnTexts.some((t) => names.some((n) => t.includes(n)))) continue;
    const pool = usable.filter((p) => !taken.has(`${p.doc}|${p.id}`) && names.some((n) => p.text.includes(n)));
    const random = seededRandom(hash(`${seed}|kind|${kind}`));
    const picked: { doc: string; id: string }[] = [];
    while (picked.length < perKind && pool.length) {
      const [p] = pool.splice(Math.floor(random() * pool.length), 1);
      picked.push({ doc: p!.doc, id: p!.id });
      taken.add(`${p!.doc}|${p!.id}`);
    }
    out.set(kind, picked);
  }
  return out;
}
