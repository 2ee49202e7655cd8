/**
 * The checks the build runs on content/ after conversion, on the content the
 * load stage validated (src/data/content.ts): every report rendered once for
 * the site index, then every cited quote and every target's indicator links.
 * scripts/build.ts and the bad-input corpus (tests/unit/bad-input.test.ts) both
 * call this, so the corpus tests exactly what the build checks.
 */
import type { Root } from 'hast';
import type { Placement } from '../annotation/anchors.ts';
import { annotationPatterns } from '../annotation/registries.ts';
import type { ReportOptions } from '../annotation/report-pipeline.ts';
import type { ConvertResult } from '../conversion/convert-all.ts';
import type { Content } from '../data/content.ts';
import { type SiteData, siteData } from '../data/site-data.ts';
import { type Steps, runSteps } from '../core/steps.ts';
import { indexEach } from '../index/build-index.ts';
import { checkQuotes } from '../index/check-quotes.ts';
import { type UnusedNames, unusedNames } from '../index/unused-names.ts';
import { readingFor } from '../core/script.ts';
import { badgeClauses } from '../tracker/badges.ts';
import type { Entity } from '../data/entity-schema.ts';
import type { LoadedTargets } from '../data/load-targets.ts';
import { DataError } from '../data/load-yaml.ts';
import { reviewedThrough } from '../tracker/status.ts';
import { checkFigures } from '../tracker/check-figures.ts';
import { placeNames } from '../data/place-schema.ts';
import { kindIs } from '../data/entity-kinds.ts';

export interface CheckedContent {
  content: Content;
  site: SiteData;
  /** Each report's rendered tree, by slug, for its page. */
  trees: Map<string, Root>;
  /** Registry names no source uses: a warning, not an error. */
  unused: UnusedNames;
  /** Each report's ids, by slug, with the anchor registry that now holds them. */
  anchors: Map<string, Placement>;
}

export function reportOptions(content: Content, base: string): ReportOptions {
  const documents = content.documents.documents;
  return {
    patterns: annotationPatterns(content.glossary, content.entities),
    places: Object.fromEntries(documents.map((d) => [d.slug, typeof d.place === 'string' ? d.place : null])),
    clauses: badgeClauses(content.targets.targets, {
      reviewedThrough: reviewedThrough(documents),
      places: placeNames(content.entities.entities),
    }),
    base,
    anchors: content.anchors,
  };
}

/**
 * `content` as the load stage validated it; `base` is the site's base path,
 * ending in "/". Throws a SourceError naming file and line on bad content.
 */
export function checkContent(results: ConvertResult[], content: Content, base: string): CheckedContent {
  return runSteps(checkEach(results, content, base));
}

/** `checkContent` with a step after each report (src/core/steps.ts). */
export function* checkEach(results: ConvertResult[], content: Content, base: string): Steps<CheckedContent> {
  const { index, trees, anchors } = yield* indexEach(
    results.map(({ meta, doc }) => ({ meta, mdx: doc.mdx })),
    reportOptions(content, base),
  );
  checkQuotes(index, content.glossary, content.targets);
  checkFigures(content.targets, content.entities.entities);
  checkIndicatorLinks(content.targets, content.entities.entities);
  const script = new Map(results.map(({ meta, doc }) => [meta.slug, doc.script]));
  const texts = index.paragraphs.map((p) => readingFor(p.text, script.get(p.doc) ?? 'zh-CN').text);
  return { content, site: siteData(content, index, base), trees, anchors, unused: unusedNames(index, content.entities.entities, texts) };
}

/** A target's related_indicators must name indicator entities, so the two pages can link to each other. */
function checkIndicatorLinks({ targets, lineOf }: LoadedTargets, entities: Entity[]): void {
  const indicators = new Set(entities.filter((e) => kindIs(e.kind, 'indicator')).map((e) => e.id));
  for (const t of targets) {
    t.related_indicators.forEach((id, i) => {
      if (!indicators.has(id))
        throw new DataError(
          t.file,
          lineOf(t, ['related_indicators', i]),
          `target "${t.id}", field "related_indicators": "${id}" is not an indicator in content/entities/`,
        );
    });
  }
}
