/**
 * Build-time data for the pages: documents, glossary, entities and the site
 * index written by the convert stage. Loaded once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexedMention, SiteIndex } from '../index/build-index.ts';
import { findQuote } from '../index/find-quote.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { stanceBadge } from '../index/stance.ts';
import { type DocumentMeta, documentYear, documentsSchema } from '../data/documents-schema.ts';
import { loadYaml } from '../data/load-yaml.ts';
import { loadEntities } from '../data/load-entities.ts';
import { loadGlossary } from '../data/load-glossary.ts';
import { formatPeriod } from './documents.ts';

const root = process.cwd();
const content = join(root, 'content');

export const documents: DocumentMeta[] = loadYaml(join(content, 'documents.yaml'), documentsSchema, 'content/documents.yaml').data;
export const glossary = loadGlossary(content, root).terms;
export const entities = loadEntities(content, root).entities;
export const siteIndex: SiteIndex = JSON.parse(readFileSync(join(root, '.generated', 'index.json'), 'utf8'));

const docBySlug = new Map(documents.map((d) => [d.slug, d]));
const paragraphByKey = new Map(siteIndex.paragraphs.map((p) => [`${p.doc}#${p.id}`, p]));

export function documentOf(slug: string): DocumentMeta {
  const doc = docBySlug.get(slug);
  if (!doc) throw new Error(`unknown document "${slug}"`);
  return doc;
}

export function paragraphOf(m: { doc: string; paragraphId: string }): IndexedParagraph {
  const p = paragraphByKey.get(`${m.doc}#${m.paragraphId}`);
  if (!p) throw new Error(`no paragraph ${m.doc}#${m.paragraphId} in the index`);
  return p;
}

/** Documents in the order they were issued, then their order in the listing. */
export function docOrder(slug: string): number {
  const doc = documentOf(slug);
  return documentYear(doc) * 100 + documents.indexOf(doc);
}

export function mentionsOf(kind: 'term' | 'entity', id: string): IndexedMention[] {
  return siteIndex.mentions.filter((m) => m.kind === kind && m.id === id);
}

export interface MentionView {
  mention: IndexedMention;
  doc: DocumentMeta;
  paragraph: IndexedParagraph;
  /** The period the passage speaks of ("2018年"), and its stance badge. */
  period: string;
  badge: ReturnType<typeof stanceBadge>;
  sortKey: number;
}

export function viewMention(mention: IndexedMention): MentionView {
  const doc = documentOf(mention.doc);
  const paragraph = paragraphOf(mention);
  const p = paragraph.section.period;
  return {
    mention,
    doc,
    paragraph,
    period: p ? formatPeriod(p) : `${documentYear(doc)}年`,
    badge: stanceBadge(paragraph.section),
    sortKey: (p?.from ?? documentYear(doc)) * 10_000 + docOrder(mention.doc) / 100,
  };
}

/** Resolves a data file's verbatim quote to its paragraph, or stops the build naming the file. */
export function resolveQuote(file: string, entry: string, doc: string, quote: string): IndexedParagraph {
  const found = findQuote(siteIndex.paragraphs, doc, quote);
  if ('error' in found) throw new Error(`${file}: ${entry}: ${found.error}`);
  return found.paragraph;
}
