/** The rows of each open dataset, from the same build-time data the pages use. */
import { reportPath, siteHref } from '../core/url.ts';
import type { SiteData } from '../data/site-data.ts';
import { mentionsOf } from '../views/mentions.ts';
import { targetViews } from '../views/target-views.ts';
import type { Figure } from '../data/target-schema.ts';
import type { Dataset, Row } from './columns.ts';

const figure = (v: Figure) => String(v);

function targets(site: SiteData): Row[] {
  return targetViews(site).map(({ target: t, setId, assessment, plan, baseline }) => ({
    id: t.id,
    set: setId,
    area: t.area,
    indicator: t.indicator,
    unit: t.unit,
    metric: t.metric,
    comparator: t.comparator,
    value: figure(t.value),
    year: t.year,
    scope: t.scope,
    status: assessment.status,
    status_reason: assessment.reason,
    plan_doc: plan.doc.slug,
    plan_paragraph: plan.paragraph.id,
    plan_url: plan.href,
    plan_quote: plan.quote,
    baseline_value: baseline ? figure(baseline.value) : null,
    baseline_year: baseline?.year ?? null,
    baseline_url: baseline?.href ?? null,
    baseline_quote: baseline?.quote ?? null,
    page_url: siteHref(site.base, `targets/${t.id}/`),
    note: t.note ?? null,
  }));
}

function observations(site: SiteData): Row[] {
  return targetViews(site).flatMap(({ target, observations: obs }) =>
    obs.map((o) => ({
      target_id: target.id,
      value: figure(o.value),
      year: o.year,
      scope: o.scope,
      metric: o.metric,
      indicator: o.indicator ?? null,
      counts_toward_status: !o.incomparable,
      doc: o.doc.slug,
      paragraph: o.paragraph.id,
      url: o.href,
      quote: o.quote,
      note: o.note ?? null,
    })),
  );
}

function entityRows(site: SiteData): Row[] {
  return site.entities.map((e) => {
    const mentions = mentionsOf(site, 'entity', e.id);
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      scope: e.scope,
      aliases: e.aliases.length + e.parts.length ? [...e.aliases, ...e.parts].join('|') : null,
      description: e.description,
      related: e.related.length ? e.related.join('|') : null,
      mentions: mentions.length,
      documents: new Set(mentions.map((m) => m.doc)).size,
      // Entities no source names have no page.
      page_url: mentions.length ? siteHref(site.base, `entities/${e.id}/`) : null,
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
    url: siteHref(site.base, reportPath(m.doc, m.paragraphId)),
  }));
}

export const datasetRows: Record<Dataset['id'], (site: SiteData) => Row[]> = { targets, observations, entities: entityRows, mentions: mentionRows };
