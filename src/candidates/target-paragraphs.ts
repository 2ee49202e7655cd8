/**
 * Every document's paragraphs with their section's stance and period, straight
 * from content/ (sources and documents.yaml) through the same conversion and
 * indexing the build runs, so the candidates tool works on a new document
 * before any build and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertSource } from '../conversion/convert-source.ts';
import { mdxToHast } from '../annotation/report-pipeline.ts';
import { rehypeBlockIds } from '../annotation/rehype-block-ids.ts';
import { loadDocuments } from '../data/content.ts';
import { loadAnchors } from '../data/load-anchors.ts';
import type { AnchorRegistry } from '../data/anchors-schema.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { type IndexedParagraph, indexParagraphs } from '../index/paragraphs.ts';

export function documentParagraphs(contentDir: string, root: string): { documents: DocumentMeta[]; paragraphs: IndexedParagraph[] } {
  const { documents } = loadDocuments(contentDir, root);
  const paragraphs = documents.flatMap((meta) => {
    const file = join(contentDir, 'sources', meta.source);
    return sourceParagraphs(readFileSync(file), meta, relative(root, file), loadAnchors(contentDir, root, meta.slug));
  });
  return { documents, paragraphs };
}

/** One source's paragraphs, as the build converts and indexes them. */
export function sourceParagraphs(bytes: Uint8Array, meta: DocumentMeta, file: string, registry: AnchorRegistry): IndexedParagraph[] {
  const { mdx } = convertSource(bytes, meta, file);
  // Block ids only (from the document's anchor registry, so they are the page's); no annotation is needed to find figures.
  return indexParagraphs(mdxToHast(mdx, [[rehypeBlockIds, { registry }]]).tree, meta);
}
