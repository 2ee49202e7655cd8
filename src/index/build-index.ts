/**
 * The site index, written once per build to .generated/index.json: every
 * paragraph of every report (id, headings, stance, period, text) and every
 * glossary and entity mention in it, found by the same annotation plugin the
 * pages run, so an occurrence listed on a glossary or entity page is exactly
 * a highlighted word on a report page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Mention } from '../annotation/rehype-annotate.ts';
import { rehypeAnnotate } from '../annotation/rehype-annotate.ts';
import type { Pattern } from '../annotation/term-patterns.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { type IndexedParagraph, indexParagraphs, reportHast } from './paragraphs.ts';

export interface IndexedMention extends Mention {
  doc: string;
}

export interface SiteIndex {
  paragraphs: IndexedParagraph[];
  mentions: IndexedMention[];
}

export function buildIndex(docs: { meta: DocumentMeta; mdx: string }[], patterns: Pattern[], base: string): SiteIndex {
  const index: SiteIndex = { paragraphs: [], mentions: [] };
  const levels = Object.fromEntries(docs.map((d) => [d.meta.slug, d.meta.level]));
  for (const { meta, mdx } of docs) {
    const { tree, file } = reportHast(mdx, [[rehypeAnnotate, { patterns, base, levels }]], meta.slug);
    index.paragraphs.push(...indexParagraphs(tree, meta));
    for (const m of file.data.mentions ?? []) index.mentions.push({ ...m, doc: meta.slug });
  }
  return index;
}

export function writeIndex(index: SiteIndex, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(index));
}
