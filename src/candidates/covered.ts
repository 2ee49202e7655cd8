/** Everything the glossary, the entity registry and both stoplists already account for. */
import { loadEntities } from '../data/load-entities.ts';
import { loadGlossary } from '../data/load-glossary.ts';

export function coveredStrings(contentDir: string, root: string): Set<string> {
  const glossary = loadGlossary(contentDir, root);
  const registry = loadEntities(contentDir, root);
  return new Set([
    ...glossary.terms.flatMap((t) => [t.term, ...t.variants]),
    ...glossary.stoplist.map((s) => s.candidate),
    ...registry.entities.flatMap((e) => [e.name, ...e.aliases, ...e.parts, ...e.guards]),
    ...registry.stoplist.map((s) => s.candidate),
  ]);
}
