/**
 * The detector's input from the site index: each document's paragraphs (not its headings), in reading order,
 * with their section's heading, stance and years, the named things each mentions and its indicators' names.
 */
import { kindIs } from '../data/entity-kinds.ts';
import { documentYear } from '../data/documents-schema.ts';
import type { SiteData } from '../data/site-data.ts';
import { type DocumentInput, type Parallel, detectParallels } from './detect.ts';

/** What the detector reads of the site. */
export type DetectorSite = Pick<SiteData, 'documents' | 'entities'> & { index: Pick<SiteData['index'], 'paragraphs' | 'mentions'> };

export function detectorInput(site: DetectorSite): DocumentInput[] {
  const byDoc = Map.groupBy(
    site.index.paragraphs.filter((p) => !p.heading),
    (p) => p.doc,
  );
  const kindOf = new Map(site.entities.map((e) => [e.id, e.kind]));
  // A document's own jurisdiction names what it is of, not a matter it treats: every paragraph of a city's report may name the city.
  const ownPlaces = new Set(site.documents.flatMap((d) => (typeof d.place === 'string' ? [d.place] : [])));
  const mentionsOf = Map.groupBy(
    site.index.mentions.filter((m) => m.kind === 'entity' && kindOf.has(m.id) && !ownPlaces.has(m.id)),
    (m) => `${m.doc}#${m.paragraphId}`,
  );
  return site.documents.map((d) => ({
    doc: d.slug,
    time: documentYear(d),
    ...(typeof d.place === 'string' ? { place: d.place } : {}),
    paragraphs: (byDoc.get(d.slug) ?? []).map((p) => {
      const mentions = mentionsOf.get(`${p.doc}#${p.id}`) ?? [];
      const indicator = (id: string) => kindIs(kindOf.get(id)!, 'indicator');
      return {
        id: p.id,
        text: p.text,
        ...(p.path.length
          ? { section: { heading: p.path.at(-1)!, stance: p.section.stance, ...(p.section.period ? { period: p.section.period } : {}) } }
          : {}),
        names: [...new Set(mentions.filter((m) => !indicator(m.id)).map((m) => m.id))],
        formulae: mentions.filter((m) => indicator(m.id)).map((m): [number, number] => [m.offset, m.offset + m.text.length]),
      };
    }),
  }));
}

export function siteParallels(site: DetectorSite): Parallel[] {
  return detectParallels(detectorInput(site));
}
