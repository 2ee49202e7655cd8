/**
 * A report's parallel passages for its page: each of its paragraphs that has
 * parallels, in reading order, with the passages of other documents, strongest
 * first, each with its document, section, date and the words it shares marked.
 * A pure function of the site data and the parallels stage's pairs.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';
import type { SiteData } from '../data/site-data.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import type { Parallel, ParallelSide } from '../parallels/detect.ts';
import { href } from '../core/url.ts';
import { formatDate } from './format.ts';

export interface Segment {
  text: string;
  shared: boolean;
}

/** Where a passage is (document, section, date) and how much of it is shared. */
export interface ParallelLink {
  doc: string;
  docTitle: string;
  date: string;
  /** The headings above the passage, top level first. */
  section: string[];
  id: string;
  /** Share of the shorter passage in shared runs, as a whole percentage. */
  percent: number;
}

/**
 * Passages shown in full that read the same and share the same words with the
 * paragraph (a passage copied into several documents): their text is shown
 * once, under all their places, so the entry does not repeat it.
 */
export interface ParallelGroup {
  places: ParallelLink[];
  /** The passages' text, their shared runs marked. */
  segments: Segment[];
}

export interface ParagraphParallels {
  id: string;
  /** The paragraph's opening, so a reader knows which one it is. */
  opening: string;
  section: string[];
  /** The strongest passages, of as many documents as can be, shown with their text (PARALLELS_IN_FULL), those that read alike together. */
  parallels: ParallelGroup[];
  /** How many passages `parallels` holds. */
  inFull: number;
  /** The next ones by their place only (PARALLELS_LISTED). */
  more: ParallelLink[];
  /** All of the paragraph's parallels; those neither shown nor listed are in the open data (parallels.csv). */
  total: number;
}

/**
 * A paragraph of a report copied into many documents has a parallel in each:
 * its entry shows the strongest few with their text, lists the next ones by
 * place, and counts the rest, so the page grows with its paragraphs, not with
 * the corpus.
 */
export const PARALLELS_IN_FULL = 5;
export const PARALLELS_LISTED = 20;

/** `text` cut into the runs [start, end) and what lies between them. */
export function segmentsOf(text: string, runs: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of [...runs].sort((x, y) => x[0] - y[0])) {
    if (s > at) out.push({ text: text.slice(at, s), shared: false });
    out.push({ text: text.slice(s, e), shared: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), shared: false });
  return out;
}

const OPENING = 24;

interface SiteLookup {
  paragraphs: Map<string, IndexedParagraph>;
  ownParagraphs: Map<string, IndexedParagraph[]>;
  documents: Map<string, DocumentMeta>;
  /** Each document's parallels, either side. */
  parallels: Map<string, Parallel[]>;
}

/** Looked up once per site and list of parallels, not once per report page (a hundred documents, a hundred pages). */
const lookups = new WeakMap<SiteData, WeakMap<Parallel[], SiteLookup>>();
function lookupOf(site: SiteData, parallels: Parallel[]): SiteLookup {
  let bySite = lookups.get(site);
  if (!bySite) lookups.set(site, (bySite = new WeakMap()));
  let lookup = bySite.get(parallels);
  if (lookup) return lookup;
  const ofDoc = new Map<string, Parallel[]>();
  for (const p of parallels) {
    for (const doc of new Set([p.a.doc, p.b.doc])) {
      const list = ofDoc.get(doc);
      if (list) list.push(p);
      else ofDoc.set(doc, [p]);
    }
  }
  lookup = {
    paragraphs: new Map(site.index.paragraphs.map((p) => [`${p.doc}#${p.id}`, p])),
    ownParagraphs: Map.groupBy(site.index.paragraphs, (p) => p.doc),
    documents: new Map(site.documents.map((d) => [d.slug, d])),
    parallels: ofDoc,
  };
  bySite.set(parallels, lookup);
  return lookup;
}

/** Passages with the same text and shared runs in one group each, in the order of their first. */
function groupAlike(passages: { place: ParallelLink; text: string; runs: [number, number][] }[]): ParallelGroup[] {
  const groups = new Map<string, ParallelGroup>();
  for (const { place, text, runs } of passages) {
    const key = `${JSON.stringify(runs)}${text}`;
    const group = groups.get(key);
    if (group) group.places.push(place);
    else groups.set(key, { places: [place], segments: segmentsOf(text, runs) });
  }
  return [...groups.values()];
}

/** How many parallels each paragraph of a report has, by paragraph id: what its markers say, without the rest of reportParallels' work. */
export function parallelCounts(site: SiteData, parallels: Parallel[], slug: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of lookupOf(site, parallels).parallels.get(slug) ?? [])
    for (const own of [p.a, p.b]) if (own.doc === slug) counts.set(own.id, (counts.get(own.id) ?? 0) + 1);
  return counts;
}

export function reportParallels(site: SiteData, parallels: Parallel[], slug: string): ParagraphParallels[] {
  const { paragraphs, ownParagraphs, documents, parallels: ofDoc } = lookupOf(site, parallels);
  const byParagraph = new Map<string, { other: ParallelSide; p: Parallel; runs: [number, number][] }[]>();
  for (const p of ofDoc.get(slug) ?? []) {
    const sides: [ParallelSide, ParallelSide, (r: Parallel['runs'][number]) => [number, number]][] = [
      [p.a, p.b, (r) => [r[2], r[3]]],
      [p.b, p.a, (r) => [r[0], r[1]]],
    ];
    for (const [own, other, otherRun] of sides) {
      if (own.doc !== slug) continue;
      const list = byParagraph.get(own.id) ?? [];
      list.push({ other, p, runs: p.runs.map(otherRun) });
      byParagraph.set(own.id, list);
    }
  }
  return (ownParagraphs.get(slug) ?? [])
    .filter((q) => byParagraph.has(q.id))
    .map((q) => {
      const ranked = byParagraph
        .get(q.id)!
        .sort((x, y) => y.p.weight - x.p.weight || x.other.doc.localeCompare(y.other.doc) || x.other.id.localeCompare(y.other.id));
      // In full: the strongest passage of each document first, so a reader sees several documents, then the next strongest.
      const seen = new Set<string>();
      const firsts = ranked.filter(({ other }) => !seen.has(other.doc) && seen.add(other.doc));
      const full = new Set(firsts.slice(0, PARALLELS_IN_FULL));
      for (const r of ranked) if (full.size < PARALLELS_IN_FULL) full.add(r);
      const place = ({ other, p }: (typeof ranked)[number]): ParallelLink => {
        const meta = documents.get(other.doc)!;
        return {
          doc: other.doc,
          docTitle: meta.display_title,
          date: formatDate(meta.date),
          section: paragraphs.get(`${other.doc}#${other.id}`)!.path,
          id: other.id,
          percent: Math.round(p.share * 100),
        };
      };
      return {
        id: q.id,
        opening: q.text.length > OPENING ? `${q.text.slice(0, OPENING)}…` : q.text,
        section: q.path,
        parallels: groupAlike(
          ranked
            .filter((r) => full.has(r))
            .map((r) => ({ place: place(r), text: paragraphs.get(`${r.other.doc}#${r.other.id}`)!.text, runs: r.runs })),
        ),
        inFull: full.size,
        more: ranked
          .filter((r) => !full.has(r))
          .slice(0, PARALLELS_LISTED)
          .map(place),
        total: ranked.length,
      };
    });
}

/** Where a paragraph's entry is on its report's list of parallels (src/pages/reports/[slug]/parallels.astro). */
export const parallelsAnchor = (id: string): string => `parallels-${id}`;

/** A report's list of parallels, a page of its own, or a paragraph's entry there: the marker links there. */
export const parallelsListHref = (slug: string, id?: string): string =>
  href(`reports/${slug}/parallels/${id ? `#${parallelsAnchor(id)}` : ''}`);

const PARAGRAPH = /<p id="([^"]+)">/g;
const PARA_LINK = '<a class="para-link"';

/**
 * The report body with a marker on each paragraph that has parallels: one
 * empty link, before the paragraph's ¶, to its entry on the report's list of
 * parallels (so it works without JavaScript; with it,
 * src/client/annotation-popover.ts shows that entry as a popover). Its label comes from CSS, as the target badges',
 * so it adds no text to the paragraph; it is page furniture to the fidelity
 * check and the search index. One pass over the stored HTML, whose paragraphs
 * are `<p id="…">` with no <p> inside (src/index/paragraphs.ts indexes exactly these).
 */
export function withParallelMarkers(html: string, slug: string, counts: Map<string, number>): string {
  let out = '';
  let at = 0;
  for (const match of html.matchAll(PARAGRAPH)) {
    const count = counts.get(match[1]!);
    if (count === undefined) continue;
    const end = html.indexOf('</p>', match.index);
    const link = html.lastIndexOf(PARA_LINK, end);
    const insertAt = link > match.index ? link : end;
    const marker = `<a class="parallel-marker" href="${parallelsListHref(slug, match[1])}" aria-label="与其他文件相同或相近：${count} 处" data-count="${count}" data-chrome="" data-pagefind-ignore=""></a>`;
    out += html.slice(at, insertAt) + marker;
    at = insertAt;
  }
  return out + html.slice(at);
}
