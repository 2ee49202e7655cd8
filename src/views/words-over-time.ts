/**
 * Words over time: where a term or entity first and last appears across the
 * documents, and which terms and entities a report adds to, or drops from, the
 * previous report of its series (the same issuer and kind). Pure functions of
 * the site data.
 */
import { type DocumentMeta, documentYear } from '../data/documents-schema.ts';
import type { SiteData } from '../data/site-data.ts';
import type { IndexedMention } from '../index/build-index.ts';
import { docOrder } from './mentions.ts';

export interface Appearance {
  doc: DocumentMeta;
  paragraphId: string;
}

/** The first and the last mention by document date (the first mention within each), or none. */
export function appearanceSpan(site: SiteData, kind: 'term' | 'entity', id: string): { first: Appearance; last: Appearance } | undefined {
  const mentions = site.index.mentions.filter((m) => m.kind === kind && m.id === id);
  if (!mentions.length) return undefined;
  const order = (m: IndexedMention) => docOrder(site, m.doc);
  const sorted = [...mentions].sort((a, b) => order(a) - order(b));
  const docOf = (m: IndexedMention) => site.documents.find((d) => d.slug === m.doc)!;
  const firstOf = (doc: string) => sorted.find((m) => m.doc === doc)!;
  return {
    first: { doc: docOf(sorted[0]!), paragraphId: sorted[0]!.paragraphId },
    last: { doc: docOf(sorted.at(-1)!), paragraphId: firstOf(sorted.at(-1)!.doc).paragraphId },
  };
}

export interface NamedId {
  kind: 'term' | 'entity';
  id: string;
  name: string;
}

/** The previous document of the same issuer and kind, by date. */
export function previousInSeries(site: SiteData, slug: string): DocumentMeta | undefined {
  const doc = site.documents.find((d) => d.slug === slug)!;
  return site.documents
    .filter((d) => d.slug !== slug && d.issuer === doc.issuer && d.kind === doc.kind && documentYear(d) < documentYear(doc))
    .sort((a, b) => documentYear(a) - documentYear(b))
    .at(-1);
}

/** Each document's terms and entities ("kind|id") and every name, read once per site: a site of a hundred documents has some three hundred compare pages. */
const namesBySite = new WeakMap<SiteData, { ids: Map<string, Set<string>>; names: Map<string, string> }>();
function siteNames(site: SiteData): { ids: Map<string, Set<string>>; names: Map<string, string> } {
  let found = namesBySite.get(site);
  if (found) return found;
  const ids = new Map<string, Set<string>>();
  for (const m of site.index.mentions) {
    let set = ids.get(m.doc);
    if (!set) ids.set(m.doc, (set = new Set()));
    set.add(`${m.kind}|${m.id}`);
  }
  const names = new Map<string, string>([
    ...site.glossary.map((t): [string, string] => [`term|${t.id}`, t.term]),
    ...site.entities.map((e): [string, string] => [`entity|${e.id}`, e.name]),
  ]);
  found = { ids, names };
  namesBySite.set(site, found);
  return found;
}

/** Terms and entities `doc` names and `other` does not, sorted terms first, then by name. */
export function namesOnlyIn(site: SiteData, doc: string, other: string): NamedId[] {
  const { ids, names } = siteNames(site);
  const there = ids.get(other) ?? new Set<string>();
  return [...(ids.get(doc) ?? [])]
    .filter((k) => !there.has(k))
    .map((k) => {
      const [kind, id] = k.split('|') as ['term' | 'entity', string];
      return { kind, id, name: names.get(k) ?? id };
    })
    .sort((x, y) => x.kind.localeCompare(y.kind) || x.name.localeCompare(y.name, 'zh'));
}

/** Terms and entities this document names and the previous of its series does not (`added`), and the reverse (`dropped`). */
export function newAndGone(site: SiteData, slug: string): { previous: DocumentMeta; added: NamedId[]; dropped: NamedId[] } | undefined {
  const previous = previousInSeries(site, slug);
  if (!previous) return undefined;
  return { previous, added: namesOnlyIn(site, slug, previous.slug), dropped: namesOnlyIn(site, previous.slug, slug) };
}
