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
import type { DocumentMeta } from '../data/documents-schema.ts';
import { type IndexedParagraph, indexParagraphs } from '../index/paragraphs.ts';

export function documentParagraphs(contentDir: string, root: string): { documents: DocumentMeta[]; paragraphs: IndexedParagraph[] } {
  const { documents } = loadDocuments(contentDir, root);
  const paragraphs = documents.flatMap((meta) => {
    const file = join(contentDir, 'sources', meta.source);
    const { mdx } = convertSource(readFileSync(file), meta, relative(root, file));
    // Block ids only (from the document's anchor registry, so they are the page's); no annotation is needed to find figures.
    const registry = loadAnchors(contentDir, root, meta.slug);
    return indexParagraphs(mdxToHast(mdx, [[rehypeBlockIds, { registry }]]).tree, meta);
  });
  return { documents, paragraphs };
}
