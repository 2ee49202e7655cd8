/**
 * The compare pages' view models: which pairs of documents have one, and for a
 * pair its summary (share of text reused, figures that differ, terms and
 * entities on one side only) and its rows, side by side. Pure functions of the
 * site data and the parallels stage's pairs.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';
import type { SiteData } from '../data/site-data.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { type MarkedSentence, type SectionNames, alignDocuments, comparePairs, markSentences } from '../parallels/compare.ts';
import type { Parallel } from '../parallels/detect.ts';
import { lettersOf } from '../parallels/core-text.ts';
import { comparePagesOn } from '../parallels/switch.ts';
import { type NamedId, namesOnlyIn } from './words-over-time.ts';

export const comparePath = (a: string, b: string): string => `compare/${a}/${b}/`;

export interface SideView {
  doc: string;
  id: string;
  heading?: { depth: number; text: string };
  sentences: MarkedSentence[];
}

export interface RowView {
  /** The row's own anchor on the compare page (the documents' anchors stay on their report pages). */
  anchor: string;
  left?: SideView;
  right?: SideView;
  moved?: true;
}

export interface FigureChange {
  anchor: string;
  left: string[];
  right: string[];
  /** The left sentence, for context. */
  context: string;
}

export interface CompareView {
  left: DocumentMeta;
  right: DocumentMeta;
  /** Share of each side's letters and digits that the other side repeats, as whole percentages. */
  reusedLeft: number;
  reusedRight: number;
  pairs: number;
  figures: FigureChange[];
  onlyLeft: NamedId[];
  onlyRight: NamedId[];
  rows: RowView[];
}

interface DocumentIndex {
  pairs: [DocumentMeta, DocumentMeta][];
  paragraphs: Map<string, IndexedParagraph[]>;
  /** Each document's terms and entities ("term|id"), by paragraph id. */
  names: Map<string, Map<string, string[]>>;
  /** Each term's or entity's weight, ln((documents + 1) / documents naming it). */
  nameWeight: Map<string, number>;
}

/**
 * What every compare page and report page reads per document, computed once
 * per site rather than once per page: a site of a hundred documents has some
 * three hundred compare pages, and each used to scan every paragraph and
 * mention of the site.
 */
const indexes = new WeakMap<SiteData, DocumentIndex>();
function documentIndex(site: SiteData): DocumentIndex {
  let index = indexes.get(site);
  if (index) return index;
  const names = new Map<string, Map<string, string[]>>();
  const docsOf = new Map<string, Set<string>>();
  for (const m of site.index.mentions) {
    const name = `${m.kind}|${m.id}`;
    let doc = names.get(m.doc);
    if (!doc) names.set(m.doc, (doc = new Map<string, string[]>()));
    const inParagraph = doc.get(m.paragraphId);
    if (inParagraph) inParagraph.push(name);
    else doc.set(m.paragraphId, [name]);
    docsOf.set(name, (docsOf.get(name) ?? new Set()).add(m.doc));
  }
  index = {
    pairs: comparePairs(site.documents),
    paragraphs: Map.groupBy(site.index.paragraphs, (p) => p.doc),
    names,
    nameWeight: new Map([...docsOf].map(([name, docs]) => [name, Math.log((site.documents.length + 1) / docs.size)])),
  };
  indexes.set(site, index);
  return index;
}

const byPair = new WeakMap<Parallel[], Map<string, Parallel[]>>();
/** The parallels between two documents, grouped once for all pages. */
function parallelsBetween(parallels: Parallel[], a: string, b: string): Parallel[] {
  let groups = byPair.get(parallels);
  if (!groups) {
    groups = Map.groupBy(parallels, (p) => [p.a.doc, p.b.doc].sort().join('|'));
    byPair.set(parallels, groups);
  }
  return groups.get([a, b].sort().join('|')) ?? [];
}

export function comparePairsOf(site: SiteData): [DocumentMeta, DocumentMeta][] {
  return comparePagesOn() ? documentIndex(site).pairs : [];
}

/** The pairs a document belongs to, the other document first. */
export function comparisonsOf(site: SiteData, slug: string): { other: DocumentMeta; path: string }[] {
  return comparePairsOf(site).flatMap(([a, b]) =>
    a.slug === slug
      ? [{ other: b, path: comparePath(a.slug, b.slug) }]
      : b.slug === slug
        ? [{ other: a, path: comparePath(a.slug, b.slug) }]
        : [],
  );
}

/** h3 for a top-level heading (the page has its own h1 and h2s), at most h6. */
function headingDepth(p: IndexedParagraph): number {
  return Math.min(6, p.path.length + 2);
}

function side(p: IndexedParagraph, sentences?: MarkedSentence[]): SideView {
  if (p.heading) return { doc: p.doc, id: p.id, heading: { depth: headingDepth(p), text: p.text }, sentences: [] };
  return { doc: p.doc, id: p.id, sentences: sentences ?? [{ state: 'only', pieces: [{ text: p.text, changed: false }] }] };
}

const FIGURE = /\d+(?:\.\d+)?%?/gu;

function figuresOf(sentence: MarkedSentence): string[] {
  return sentence.pieces.filter((p) => p.changed).flatMap((p) => p.text.match(FIGURE) ?? []);
}

const letters = (text: string): number => lettersOf(text).length;

/** A document's letters and digits, and its paragraphs' texts by id: once per document, not once per compare page it is on. */
const lettersBySite = new WeakMap<SiteData, Map<string, { total: number; text: Map<string, string> }>>();
function documentLetters(site: SiteData, doc: string): { total: number; text: Map<string, string> } {
  let byDoc = lettersBySite.get(site);
  if (!byDoc) lettersBySite.set(site, (byDoc = new Map<string, { total: number; text: Map<string, string> }>()));
  let found = byDoc.get(doc);
  if (!found) {
    const paragraphs = (documentIndex(site).paragraphs.get(doc) ?? []).filter((p) => !p.heading);
    found = { total: paragraphs.reduce((n, p) => n + letters(p.text), 0), text: new Map(paragraphs.map((p) => [p.id, p.text])) };
    byDoc.set(doc, found);
  }
  return found;
}

/** Share of a document's letters and digits inside its parallels with the other document (each paragraph once, by its best pair). */
function reuse(site: SiteData, doc: string, pairs: Parallel[]): number {
  const { total, text } = documentLetters(site, doc);
  const best = new Map<string, number>();
  for (const p of pairs) {
    const [own, range] =
      p.a.doc === doc ? [p.a, (r: Parallel['runs'][number]) => [r[0], r[1]]] : [p.b, (r: Parallel['runs'][number]) => [r[2], r[3]]];
    const written = text.get(own.id) ?? '';
    const shared = p.runs.reduce((n, r) => n + letters(written.slice(...(range(r) as [number, number]))), 0);
    best.set(own.id, Math.max(best.get(own.id) ?? 0, shared));
  }
  const reused = [...best.values()].reduce((n, x) => n + x, 0);
  return total ? Math.round((reused / total) * 100) : 0;
}

export function compareView(site: SiteData, parallels: Parallel[], leftSlug: string, rightSlug: string): CompareView {
  const docs = new Map(site.documents.map((d) => [d.slug, d]));
  const pairs = parallelsBetween(parallels, leftSlug, rightSlug);
  const index = documentIndex(site);
  const own = (slug: string) => index.paragraphs.get(slug) ?? [];
  const names: SectionNames = {
    left: index.names.get(leftSlug) ?? new Map<string, string[]>(),
    right: index.names.get(rightSlug) ?? new Map<string, string[]>(),
    weight: (name) => index.nameWeight.get(name) ?? 0,
  };
  const rows = alignDocuments(own(leftSlug), own(rightSlug), pairs, names).map((row, i): RowView => {
    const anchor = `r${i + 1}`;
    if (row.left && row.right && !row.left.heading && !row.right.heading) {
      const marked = markSentences(row.left.text, row.right.text);
      return { anchor, left: side(row.left, marked.left), right: side(row.right, marked.right), ...(row.moved ? { moved: true } : {}) };
    }
    return { anchor, ...(row.left ? { left: side(row.left) } : {}), ...(row.right ? { right: side(row.right) } : {}) };
  });
  const figures: FigureChange[] = rows.flatMap((row) => {
    if (!row.left || !row.right) return [];
    const rights = row.right.sentences.filter((s) => s.state === 'reworded');
    return row.left.sentences
      .filter((s) => s.state === 'reworded')
      .flatMap((s, k) => {
        const l = figuresOf(s);
        const r = rights[k] ? figuresOf(rights[k]) : [];
        // A figure that became another: both sides changed a figure in the same sentence.
        return l.length && r.length && l.join() !== r.join()
          ? [{ anchor: row.anchor, left: l, right: r, context: s.pieces.map((p) => p.text).join('') }]
          : [];
      });
  });
  return {
    left: docs.get(leftSlug)!,
    right: docs.get(rightSlug)!,
    reusedLeft: reuse(site, leftSlug, pairs),
    reusedRight: reuse(site, rightSlug, pairs),
    pairs: pairs.length,
    figures,
    onlyLeft: namesOnlyIn(site, leftSlug, rightSlug),
    onlyRight: namesOnlyIn(site, rightSlug, leftSlug),
    rows,
  };
}
