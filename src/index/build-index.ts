/**
 * The site index, written once per build to .generated/site.json with the
 * content: every paragraph of every report (id, headings, stance, period,
 * text) and every glossary and entity mention in it. Each report is rendered
 * once (src/annotation/report-pipeline.ts); the index is read off that
 * rendering and the same tree becomes the page.
 */
import type { Root } from 'hast';
import type { Placement } from '../annotation/anchors.ts';
import type { Mention } from '../annotation/rehype-annotate.ts';
import { type ReportOptions, renderReport } from '../annotation/report-pipeline.ts';
import { type Steps, runSteps } from '../core/steps.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { type IndexedParagraph, indexParagraphs } from './paragraphs.ts';

export interface IndexedMention extends Mention {
  doc: string;
}

export interface SiteIndex {
  paragraphs: IndexedParagraph[];
  mentions: IndexedMention[];
}

export interface IndexedReports {
  index: SiteIndex;
  /** Each report's finished tree, by slug, for the page. */
  trees: Map<string, Root>;
  /** Each report's ids, by slug, with the registry that now holds them. */
  anchors: Map<string, Placement>;
}

export function buildIndex(docs: { meta: DocumentMeta; mdx: string }[], options: ReportOptions): IndexedReports {
  return runSteps(indexEach(docs, options));
}

/** `buildIndex` one report per step (src/core/steps.ts). */
export function* indexEach(docs: { meta: DocumentMeta; mdx: string }[], options: ReportOptions): Steps<IndexedReports> {
  const index: SiteIndex = { paragraphs: [], mentions: [] };
  const trees = new Map<string, Root>();
  const anchors = new Map<string, Placement>();
  for (const { meta, mdx } of docs) {
    const { tree, mentions, anchors: placement } = renderReport(mdx, meta.slug, options);
    anchors.set(meta.slug, placement);
    index.paragraphs.push(...indexParagraphs(tree, meta));
    for (const m of mentions) index.mentions.push({ ...m, doc: meta.slug });
    trees.set(meta.slug, tree);
    yield;
  }
  return { index, trees, anchors };
}
