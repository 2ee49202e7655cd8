/**
 * Lookups over the site data for the pages: documents by slug, paragraphs by
 * id, and each glossary or entity mention with its document, paragraph,
 * period and stance. Pure functions of a SiteData, so they run in tests.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';
import { documentYear } from '../data/documents-schema.ts';
import type { SiteData } from '../data/site-data.ts';
import type { IndexedMention } from '../index/build-index.ts';
import { findQuote } from '../index/find-quote.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { stanceBadge } from '../index/stance.ts';
import { formatPeriod } from './format.ts';
import { memo } from './memo.ts';

const lookups = (site: SiteData) =>
  memo(site, 'lookups', () => ({
    docBySlug: new Map(site.documents.map((d) => [d.slug, d])),
    paragraphByKey: new Map(site.index.paragraphs.map((p) => [`${p.doc}#${p.id}`, p])),
    mentionsByKey: Map.groupBy(site.index.mentions, (m) => `${m.kind}|${m.id}`),
  }));

export function documentOf(site: SiteData, slug: string): DocumentMeta {
  const doc = lookups(site).docBySlug.get(slug);
  if (!doc) throw new Error(`unknown document "${slug}"`);
  return doc;
}

export function paragraphOf(site: SiteData, m: { doc: string; paragraphId: string }): IndexedParagraph {
  const p = lookups(site).paragraphByKey.get(`${m.doc}#${m.paragraphId}`);
  if (!p) throw new Error(`no paragraph ${m.doc}#${m.paragraphId} in the index`);
  return p;
}

/** Documents in the order they were issued, then their order in the listing. */
export function docOrder(site: SiteData, slug: string): number {
  const doc = documentOf(site, slug);
  return documentYear(doc) * 100 + site.documents.indexOf(doc);
}

export function mentionsOf(site: SiteData, kind: 'term' | 'entity', id: string): IndexedMention[] {
  return lookups(site).mentionsByKey.get(`${kind}|${id}`) ?? [];
}

/** An entity has a page when a document mentions it. */
export const hasEntityPage = (site: SiteData, id: string): boolean => mentionsOf(site, 'entity', id).length > 0;

/**
 * The moved pages this site answers: those whose successor is a page of this site (a site of other
 * documents may not build that entity's page, and then the old address is not one it published).
 */
export function movedPages(site: SiteData): SiteData['moved'] {
  return site.moved.filter(({ to }) => {
    const entity = /^entities\/([^/]+)\/$/.exec(to);
    return !entity || hasEntityPage(site, entity[1]!);
  });
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

export function viewMention(site: SiteData, mention: IndexedMention): MentionView {
  const doc = documentOf(site, mention.doc);
  const paragraph = paragraphOf(site, mention);
  const p = paragraph.section.period;
  return {
    mention,
    doc,
    paragraph,
    period: p ? formatPeriod(p) : `${documentYear(doc)}年`,
    badge: stanceBadge(paragraph.section),
    sortKey: (p?.from ?? documentYear(doc)) * 10_000 + docOrder(site, mention.doc) / 100,
  };
}

/** Resolves a data file's verbatim quote to its paragraph (the build has checked it; a miss names the file). */
export function resolveQuote(site: SiteData, file: string, entry: string, doc: string, quote: string): IndexedParagraph {
  const found = findQuote(site.index.paragraphs, doc, quote);
  if ('error' in found) throw new Error(`${file}: ${entry}: ${found.error}`);
  return found.paragraph;
}
