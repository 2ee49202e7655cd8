/**
 * Every document's paragraphs with their section's stance and period, straight
 * from content/ (sources and documents.yaml) through the same conversion and
 * indexing the build runs, so the candidates tool works on a new document
 * before any build and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertSource } from '../conversion/convert-source.ts';
import { type DocumentMeta, documentsSchema } from '../data/documents-schema.ts';
import { loadYaml } from '../data/load-yaml.ts';
import { type IndexedParagraph, indexParagraphs, reportHast } from '../index/paragraphs.ts';

export function documentParagraphs(contentDir: string, root: string): { documents: DocumentMeta[]; paragraphs: IndexedParagraph[] } {
  const listing = join(contentDir, 'documents.yaml');
  const documents = loadYaml(listing, documentsSchema, relative(root, listing)).data;
  const paragraphs = documents.flatMap((meta) => {
    const file = join(contentDir, 'sources', meta.source);
    const { mdx } = convertSource(readFileSync(file), meta, relative(root, file));
    return indexParagraphs(reportHast(mdx).tree, meta);
  });
  return { documents, paragraphs };
}
