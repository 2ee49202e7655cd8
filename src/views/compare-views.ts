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
import { isYear, parseFigures } from '../tracker/parse-figures.ts';
import { LIST_MARK } from '../zh/chars.ts';
import { ORDINAL } from '../zh/phrases.ts';
import { clauseAround } from '../zh/sentences.ts';
import { unitOf } from '../zh/units.ts';
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

/** An indicator whose figure differs between the two sides of a row. */
export interface FigureChange {
  anchor: string;
  /** What the figure measures, as the left side words it: its clause without the figures. */
  indicator: string;
  /** The figure as each side writes it, with its unit and qualifier (12%以上). */
  left: string;
  right: string;
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

/** A figure of a sentence that measures something, and what it measures. */
interface Measure {
  indicator: string;
  /** The indicator's last two letters, its head noun or verb (…议案, …建议, …收入增长): two indicators differ when these do. */
  head: string;
  /** What the unit measures, so a rate is never set beside an amount. */
  kind: string;
  /** From the number on, as written: 12%以上. */
  written: string;
  /** Value, unit and what the wording says of it (以上, 左右): equal when the figure did not change. */
  reading: string;
}

/** Letters below which a list item's own words do not say what it counts. */
const SHORT_INDICATOR = 4;

/** Where a figure's number starts after the word before it (控制在4.5%以内). */
const NUMBER_START = /[0-9０-９〇零一二三四五六七八九两兩十]/u;

/**
 * The figures of a sentence that measure an indicator: those with a unit, and ratios of shares. A year
 * (2018年), a date (1月8日, no unit) or an ordinal (第十五届) dates or names what the sentence says.
 * An indicator is its clause part without figures: the enumeration comma parts one from the next as a
 * comma does (引进亿元产业项目5个以上、“三类500强”企业项目2个以上), and the words may stand before the
 * figure or after it.
 */
function measuresOf(sentence: string): Measure[] {
  const parted = sentence.replaceAll(LIST_MARK, '，');
  const figures = parseFigures(sentence).filter(
    (f) => (typeof f.value === 'string' || f.unit) && !isYear(f) && sentence[f.start - 1] !== ORDINAL,
  );
  const withoutFigures = ({ clause, from, to }: { clause: string; from: number; to: number }): string =>
    figures
      .filter((g) => g.start >= from && g.end <= to)
      .reduceRight((text, g) => text.slice(0, g.start - from) + text.slice(g.end - from), clause);
  return figures.map((f) => {
    const own = withoutFigures(clauseAround(parted, f.start, f.end));
    // A list item that names too little (建议332件 after 办理市人大代表议案2件、) reads with its whole clause.
    const indicator = [...lettersOf(own)].length < SHORT_INDICATOR ? withoutFigures(clauseAround(sentence, f.start, f.end)) : own;
    const written = f.text.slice(f.text.search(NUMBER_START));
    const kind = typeof f.value === 'string' ? 'shares' : (unitOf(f.unit!)?.kind ?? f.unit!);
    return {
      indicator,
      head: [...lettersOf(own)].slice(-2).join(''),
      kind,
      written,
      reading: `${f.value}|${f.unit ?? ''}|${f.comparator ?? ''}`,
    };
  });
}

/** Pairs of letters, for how alike two indicators are worded. */
function letterPairs(text: string): Set<string> {
  const cs = [...lettersOf(text)];
  return new Set(cs.slice(1).map((c, i) => cs[i]! + c));
}

/**
 * Two wordings of one head name one indicator when a third of their letter pairs are shared (Dice):
 * 一般公共预算收入增长 and 区级一般公共预算收入增长, 办理市政协提案 and 区政协委员提案.
 */
const SAME_INDICATOR = 1 / 3;

function likeness(a: string, b: string): number {
  const [x, y] = [letterPairs(a), letterPairs(b)];
  if (!x.size || !y.size) return a === b ? 1 : 0;
  let shared = 0;
  for (const p of x) if (y.has(p)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * The indicators of two aligned paragraphs' reworded sentences whose figure changed: each left figure
 * beside the right figure of the same kind and head whose indicator is worded most alike, each used
 * once. A figure with no counterpart was added or dropped, not changed.
 */
function changedFigures(anchor: string, left: MarkedSentence[], right: MarkedSentence[]): FigureChange[] {
  const measures = (sentences: MarkedSentence[]) =>
    sentences.filter((s) => s.state === 'reworded').flatMap((s) => measuresOf(s.pieces.map((p) => p.text).join('')));
  const [ls, rs] = [measures(left), measures(right)];
  const used = new Set<number>();
  return ls.flatMap((l) => {
    let [best, score] = [-1, 0];
    rs.forEach((r, i) => {
      if (used.has(i) || r.kind !== l.kind || r.head !== l.head) return;
      const s = likeness(l.indicator, r.indicator);
      if (s >= SAME_INDICATOR && s > score) [best, score] = [i, s];
    });
    if (best < 0) return [];
    used.add(best);
    const r = rs[best]!;
    return r.reading === l.reading ? [] : [{ anchor, indicator: l.indicator, left: l.written, right: r.written }];
  });
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
  const figures = rows.flatMap((row) => (row.left && row.right ? changedFigures(row.anchor, row.left.sentences, row.right.sentences) : []));
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
