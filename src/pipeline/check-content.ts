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
import { loadTargetFiles } from '../data/load-targets.ts';

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
  return { index, unused: unusedNames(index, loadEntities(contentDir, root).entities) };
}
