/** Everything the glossary, the entity registry and both stoplists already account for. */
import { loadEntities, type LoadedEntities } from '../data/load-entities.ts';
import { loadGlossary, type LoadedGlossary } from '../data/load-glossary.ts';

export function coveredStrings(contentDir: string, root: string): Set<string> {
  return coveredBy(loadGlossary(contentDir, root), loadEntities(contentDir, root));
}

/** The same, from registries already loaded (the review page holds them). */
export function coveredBy(glossary: LoadedGlossary, registry: LoadedEntities): Set<string> {
  return new Set([
    ...glossary.terms.flatMap((t) => [t.term, ...t.variants]),
    ...glossary.stoplist.map((s) => s.candidate),
    ...registry.entities.flatMap((e) => [e.name, ...e.aliases, ...e.parts, ...e.guards]),
    ...registry.stoplist.map((s) => s.candidate),
  ]);
}
