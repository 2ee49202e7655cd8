/**
 * The rows of each open dataset, from the same build-time data the pages use.
 * Links are absolute when a site URL is configured (HY_SITE_URL), so they
 * still work in a downloaded file; otherwise they are site paths, and the
 * open-data page says so.
 */
import type { SiteData } from '../data/site-data.ts';
import { mentionsOf } from '../views/mentions.ts';
import { publishedEntities } from '../views/site-counts.ts';
import { getReports } from '../views/site.ts';
import { type CitedFigure, targetViews } from '../views/target-views.ts';
import { href as sitePath, reportHref as reportPath } from '../core/url.ts';
import { documentCitations } from '../citation/document-citations.ts';
import { printedTitle } from '../citation/cite.ts';
import type { Figure } from '../data/target-schema.ts';
import { type PlaceRef, sameScope } from '../data/place-schema.ts';
import { entityPlace } from '../views/entity-place.ts';

/** A place as a cell: its registry id, or the name of a place outside the registry. */
const placeCell = (p: PlaceRef) => (typeof p === 'string' ? p : p.outside);
import type { Dataset, PageDatasetId, Row } from './columns.ts';
import { dataLink } from './links.ts';

const figure = (v: Figure) => String(v);
const href = (path: string) => dataLink(sitePath(path));
const reportHref = (slug: string, fragment?: string) => dataLink(reportPath(slug, fragment));
/** A cited figure's paragraph link, absolute like every other link here. */
const figureUrl = (c: CitedFigure) => reportHref(c.doc.slug, c.paragraph.id);

async function documentRows(): Promise<Row[]> {
  return (await getReports()).map(({ id, data: d }) => {
    const person = d.speaker ?? d.author;
    const title = d.front
      .filter((l) => l.role === 'title')
      .map((l) => l.text)
      .join('');
    const full = printedTitle(d.front);
    return {
      slug: id,
      title,
      other_title: full === title ? null : full.slice(title.length + 1),
      display_title: d.display_title,
      kind: d.kind,
      issuer: d.issuer,
      level: d.level,
      person: person?.name ?? null,
      person_role: person?.role ?? null,
      date: 'exact' in d.date ? d.date.exact : String(d.date.year),
      date_estimated: !('exact' in d.date),
      date_basis: 'basis' in d.date ? d.date.basis : null,
      meeting: d.meeting ?? null,
      reviews_from: d.reviews.from,
      reviews_to: d.reviews.to,
      plans_from: d.plans?.from ?? null,
      plans_to: d.plans?.to ?? null,
      source_chars: d.sourceChars,
      page_url: reportHref(id),
      citation: documentCitations({ meta: d, front: d.front }, reportPath(id)).gbt,
    };
  });
}

function figureRows(site: SiteData): Row[] {
  return targetViews(site).flatMap(({ target: t, plan, restated, baseline, observations, otherScope }) =>
    [...(baseline ? [baseline] : []), plan, ...restated, ...observations, ...otherScope].map((c) => ({
      target_id: t.id,
      role: c.role,
      year: c.year,
      value: figure(c.value),
      unit: c.unit ?? t.unit,
      comparator: c.role === 'plan' ? t.comparator : (c.comparator ?? null),
      place: placeCell(c.place),
      scope: c.scope,
      metric: c.metric,
      indicator: c.indicator ?? null,
      counts_toward_status: c.role === 'observation' ? !c.incomparable : null,
      doc: c.doc.slug,
      paragraph: c.paragraph.id,
      url: figureUrl(c),
      quote: c.quote,
    })),
  );
}

function targets(site: SiteData): Row[] {
  return targetViews(site).map(({ target: t, setId, assessment, plan, restated, baseline, indicators, scope }) => ({
    id: t.id,
    set: setId,
    area: t.area,
    indicator: t.name,
    unit: t.unit,
    metric: t.metric,
    comparator: t.comparator,
    value: figure(t.value),
    year: t.year,
    place: placeCell(t.place),
    scope,
    status: assessment.status,
    status_reason: assessment.reason,
    projection: assessment.projection?.text ?? null,
    plan_doc: plan.doc.slug,
    plan_paragraph: plan.paragraph.id,
    plan_url: figureUrl(plan),
    plan_quote: plan.quote,
    restated_quotes: restated.length ? restated.map((r) => r.quote).join('|') : null,
    indicator_ids: indicators.length ? indicators.map((e) => e.id).join('|') : null,
    baseline_value: baseline ? figure(baseline.value) : null,
    baseline_year: baseline?.year ?? null,
    baseline_url: baseline ? figureUrl(baseline) : null,
    baseline_quote: baseline?.quote ?? null,
    page_url: href(`targets/${t.id}/`),
    note: t.note ?? null,
  }));
}

function observations(site: SiteData): Row[] {
  return targetViews(site).flatMap(({ target, observations: own, otherScope }) =>
    [...own, ...otherScope].map((o) => ({
      target_id: target.id,
      value: figure(o.value),
      comparator: o.comparator ?? null,
      year: o.year,
      place: placeCell(o.place),
      scope: o.scope,
      same_scope: sameScope(o, target),
      metric: o.metric,
      unit: o.unit ?? null,
      indicator: o.indicator ?? null,
      counts_toward_status: !o.incomparable,
      doc: o.doc.slug,
      paragraph: o.paragraph.id,
      url: figureUrl(o),
      quote: o.quote,
      note: o.note ?? null,
    })),
  );
}

function entityRows(site: SiteData): Row[] {
  return publishedEntities(site).map((e) => {
    const mentions = mentionsOf(site, 'entity', e.id);
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      place: placeCell(e.place),
      scope: entityPlace(site, e).label,
      aliases: e.aliases.length ? e.aliases.join('|') : null,
      description: e.description,
      related: e.related.length ? e.related.join('|') : null,
      mentions: mentions.length,
      documents: new Set(mentions.map((m) => m.doc)).size,
      page_url: href(`entities/${e.id}/`),
    };
  });
}

function mentionRows(site: SiteData): Row[] {
  return site.index.mentions.map((m) => ({
    kind: m.kind,
    id: m.id,
    text: m.text,
    doc: m.doc,
    paragraph: m.paragraphId,
    section: m.sectionId,
    offset: m.offset,
    url: reportHref(m.doc, m.paragraphId),
  }));
}

/** The rows of each dataset an Astro page writes; the parallels are written by the build's parallels stage (parallels-data.ts). */
export const datasetRows: Record<PageDatasetId, (site: SiteData) => Row[] | Promise<Row[]>> = {
  documents: documentRows,
  targets,
  figures: figureRows,
  observations,
  entities: entityRows,
  mentions: mentionRows,
};

/** A dataset's rows split by its `parts` column, in first-seen order. */
export async function datasetParts(site: SiteData, dataset: Dataset & { id: PageDatasetId }): Promise<Map<string, Row[]>> {
  const parts = new Map<string, Row[]>();
  if (!dataset.parts) return parts;
  for (const row of await datasetRows[dataset.id](site)) {
    const key = String(row[dataset.parts.column]);
    parts.set(key, [...(parts.get(key) ?? []), row]);
  }
  return parts;
}
