/** The detector's input from the site index: each document's paragraphs (not its headings), in reading order. */
import { type DocumentMeta, documentYear } from '../data/documents-schema.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { type DocumentInput, type Parallel, detectParallels } from './detect.ts';

export function detectorInput(documents: DocumentMeta[], paragraphs: IndexedParagraph[]): DocumentInput[] {
  const byDoc = Map.groupBy(
    paragraphs.filter((p) => !p.heading),
    (p) => p.doc,
  );
  return documents.map((d) => ({
    doc: d.slug,
    time: documentYear(d),
    paragraphs: (byDoc.get(d.slug) ?? []).map((p) => ({
      id: p.id,
      text: p.text,
      ...(p.path.length ? { section: { heading: p.path.at(-1)!, stance: p.section.stance } } : {}),
    })),
  }));
}

export function siteParallels(documents: DocumentMeta[], paragraphs: IndexedParagraph[]): Parallel[] {
  return detectParallels(detectorInput(documents, paragraphs));
}
