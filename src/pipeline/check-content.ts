/**
 * The checks the build runs on content/ after conversion, in the build's
 * order: target files first (they load in a moment, so a typo in them stops
 * the build before the slow index), then the glossary and entity registry,
 * the site index, and every cited quote. scripts/build.ts and the bad-input
 * corpus (tests/unit/bad-input.test.ts) both call this, so the corpus tests
 * exactly what the build checks.
 */
import { loadPatterns } from '../annotation/registries.ts';
import { type SiteIndex, buildIndex } from '../index/build-index.ts';
import { checkQuotes } from '../index/check-quotes.ts';
import { unusedNames } from '../index/unused-names.ts';
import type { ConvertResult } from '../conversion/convert-all.ts';
import { loadEntities } from '../data/load-entities.ts';
import { type LoadedTargets, loadTargetFiles } from '../data/load-targets.ts';
import type { Entity } from '../data/entity-schema.ts';
import { DataError } from '../data/load-yaml.ts';

export interface CheckedContent {
  index: SiteIndex;
  /** Registry names no source uses: a warning, not an error. */
  unused: string[];
}

/** `base` is the site's base path, ending in "/". Throws a SourceError naming file and line on bad content. */
export function checkContent(results: ConvertResult[], contentDir: string, root: string, base: string): CheckedContent {
  const targets = loadTargetFiles(contentDir, root);
  const index = buildIndex(
    results.map(({ meta, doc }) => ({ meta, mdx: doc.mdx })),
    loadPatterns(contentDir, root),
    base,
  );
  checkQuotes(index, contentDir, root, targets);
  const entities = loadEntities(contentDir, root).entities;
  checkIndicatorLinks(targets, entities);
  return { index, unused: unusedNames(index, entities) };
}

/** A target's related_indicators must name indicator entities, so the two pages can link to each other. */
function checkIndicatorLinks({ targets, lineOf }: LoadedTargets, entities: Entity[]): void {
  const indicators = new Set(entities.filter((e) => e.kind === '指标').map((e) => e.id));
  for (const t of targets) {
    t.related_indicators.forEach((id, i) => {
      if (!indicators.has(id)) throw new DataError(t.file, lineOf(t, ['related_indicators', i]), `target "${t.id}", field "related_indicators": "${id}" is not an indicator in content/entities/`);
    });
  }
}
