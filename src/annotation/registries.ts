/** The annotation patterns of the project's glossary and entity registry, loaded and checked. */
import { loadEntities } from '../entities/load-entities.ts';
import { loadGlossary } from '../glossary/load-glossary.ts';
import { type Pattern, patternsFrom } from './patterns.ts';

export function loadPatterns(contentDir: string, root: string): Pattern[] {
  return patternsFrom(loadGlossary(contentDir, root).terms, loadEntities(contentDir, root).entities);
}
