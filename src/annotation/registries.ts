/**
 * The annotation patterns of the project's glossary and entity registry,
 * loaded and checked: a string may be annotated one way only, so a term that
 * is also an entity's name or alias stops the build naming both files.
 */
import { DataError } from '../data/load-yaml.ts';
import { loadEntities } from '../entities/load-entities.ts';
import { loadGlossary } from '../glossary/load-glossary.ts';
import { type Pattern, patternsFrom } from './patterns.ts';

export function loadPatterns(contentDir: string, root: string): Pattern[] {
  const { terms } = loadGlossary(contentDir, root);
  const { entities } = loadEntities(contentDir, root);
  const termOf = new Map(terms.flatMap((t) => [t.term, ...t.variants].map((s) => [s, t.id] as const)));
  for (const e of entities) {
    for (const s of [e.name, ...e.aliases]) {
      const term = termOf.get(s);
      if (term) throw new DataError(e.file, 1, `entity "${e.id}": "${s}" is also glossary term "${term}" in content/glossary/terms.yaml; a string belongs to one of them`);
    }
  }
  return patternsFrom(terms, entities);
}
