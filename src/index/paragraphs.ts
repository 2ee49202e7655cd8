/**
 * The paragraphs (and headings) of every report, with their stable ids, the headings above
 * them and the stance/period of their section: the shared index behind
 * glossary occurrences, entity timelines and target quotes. Read off the
 * rendered report tree that the page itself is made from
 * (src/annotation/report-pipeline.ts), so every id here is an id on the page.
 */
import type { Root } from 'hast';
import { PARAGRAPH_BLOCKS, sourceText, visitBlocks } from '../core/hast.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { type SectionStance, classifySection } from './stance.ts';

export interface IndexedParagraph {
  doc: string;
  id: string;
  /** Id of the heading (or 专栏 box) the paragraph sits under; "s0" before the first heading. */
  sectionId: string;
  /** Heading texts from the top level down. */
  path: string[];
  text: string;
  section: SectionStance;
  /** Headings are indexed too, so a quote from a heading can be cited. */
  heading?: true;
}

/** The paragraphs and headings of a rendered report tree; texts leave page furniture (badges, self-links) out. */
export function indexParagraphs(tree: Root, meta: DocumentMeta): IndexedParagraph[] {
  const out: IndexedParagraph[] = [];
  const path: { depth: number; text: string; id: string }[] = [];
  let topLevel = -1;
  visitBlocks(tree, (el, boxId) => {
    const depth = Number(el.tagName.match(/^h([2-6])$/)?.[1] ?? 0);
    if (depth && !boxId) {
      while (path.length && path.at(-1)!.depth >= depth) path.pop();
      if (path.length === 0) topLevel++;
      path.push({ depth, text: sourceText(el).trim(), id: String(el.properties.id) });
      const texts = path.map((h) => h.text);
      out.push({
        doc: meta.slug,
        id: String(el.properties.id),
        sectionId: String(el.properties.id),
        path: texts,
        text: texts.at(-1)!,
        section: classifySection(meta, texts, topLevel),
        heading: true,
      });
    } else if (PARAGRAPH_BLOCKS.has(el.tagName) && typeof el.properties.id === 'string') {
      const texts = path.map((h) => h.text);
      out.push({
        doc: meta.slug,
        id: el.properties.id,
        sectionId: boxId ?? path.at(-1)?.id ?? 's0',
        path: texts,
        text: sourceText(el),
        section: classifySection(meta, texts, Math.max(topLevel, 0)),
      });
    }
  });
  return out;
}
