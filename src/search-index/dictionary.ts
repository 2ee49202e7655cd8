/**
 * What the browser needs to cut and widen queries, built from the registries:
 * every name the site knows, and for each the other names it should also be
 * searched under — an entity's full name and short forms (综保区 <->
 * 综合保税区), a term's spellings, and a slogan's members leading to the
 * slogan (简政放权 -> 放管服).
 */
import type { Entity } from '../data/entity-schema.ts';
import type { GlossaryTerm } from '../data/glossary-schema.ts';

export interface SearchDictionary {
  words: string[];
  alternatives: Record<string, string[]>;
  /** Traditional characters and their Simplified forms, in pairs, for reading a typed query (written with the index). */
  simplified?: string;
  /** Further Pagefind indexes of a site indexed in shards, relative to the base path (write-index.ts). */
  shards?: string[];
}

export function buildDictionary(glossary: GlossaryTerm[], entities: Entity[]): SearchDictionary {
  const alternatives = new Map<string, Set<string>>();
  const link = (from: string, to: string[]) => {
    const set = alternatives.get(from) ?? new Set<string>();
    for (const t of to) if (t !== from) set.add(t);
    alternatives.set(from, set);
  };
  for (const e of entities) {
    const names = [e.name, ...e.aliases, ...e.parts];
    for (const n of names) link(n, names);
  }
  for (const g of glossary) {
    const names = [g.term, ...g.variants];
    for (const n of names) link(n, names);
    for (const m of g.members ?? []) link(m, [g.term]);
  }
  const words = [...alternatives.keys()].filter((w) => [...w].length >= 2).sort();
  return {
    words,
    alternatives: Object.fromEntries(
      [...alternatives]
        .filter(([, to]) => to.size > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([from, to]) => [from, [...to].sort()]),
    ),
  };
}
