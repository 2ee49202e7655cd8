/**
 * The annotation patterns of the project's glossary and entity registry,
 * loaded and checked: a string may be annotated one way only, so a term that
 * is also an entity's name or alias stops the build naming both files.
 */
import type { LoadedEntities } from '../data/load-entities.ts';
import type { LoadedGlossary } from '../data/load-glossary.ts';
import { DataError } from '../data/load-yaml.ts';
import { type Pattern, patternsFrom } from './term-patterns.ts';

export function annotationPatterns(glossary: LoadedGlossary, registry: LoadedEntities): Pattern[] {
  // Where each term string is claimed; lines are looked up only for the message.
  const termOf = new Map<string, { id: string; path: PropertyKey[] }>();
  glossary.terms.forEach((t, i) => {
    termOf.set(t.term, { id: t.id, path: [i, 'term'] });
    t.variants.forEach((v, j) => termOf.set(v, { id: t.id, path: [i, 'variants', j] }));
  });
  for (const e of registry.entities) {
    const names: [PropertyKey[], string][] = [[['name'], e.name], ...e.aliases.map((a, k): [PropertyKey[], string] => [['aliases', k], a])];
    for (const [path, s] of names) {
      const term = termOf.get(s);
      if (term) {
        throw new DataError(
          e.file,
          registry.lineOf(e, path),
          `entity "${e.id}", field "${path[0] as string}": "${s}" is also glossary term "${term.id}" (${glossary.file}:${glossary.lineOf(term.path)}); a string belongs to one of them`,
        );
      }
    }
  }
  return patternsFrom(glossary.terms, registry.entities);
}
