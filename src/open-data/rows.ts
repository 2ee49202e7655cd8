/** The rows of each open dataset, from the same build-time data the pages use. */
import { entities, mentionsOf, siteIndex } from '../views/site-data.ts';
import { targetViews } from '../views/targets.ts';
import { href, reportHref } from '../core/url.ts';
import type { Figure } from '../data/target-schema.ts';
import type { Dataset, Row } from './columns.ts';

const figure = (v: Figure) => String(v);

function targets(): Row[] {
  return targetViews.map(({ target: t, setId, assessment, plan, restated, baseline, indicators }) => ({
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
    projection: assessment.projection?.text ?? null,
    plan_doc: plan.doc.slug,
    plan_paragraph: plan.paragraph.id,
    plan_url: plan.href,
    plan_quote: plan.quote,
    restated_quotes: restated.length ? restated.map((r) => r.quote).join('|') : null,
    indicator_ids: indicators.length ? indicators.map((e) => e.id).join('|') : null,
    baseline_value: baseline ? figure(baseline.value) : null,
    baseline_year: baseline?.year ?? null,
    baseline_url: baseline?.href ?? null,
    baseline_quote: baseline?.quote ?? null,
    page_url: href(`targets/${t.id}/`),
    note: t.note ?? null,
  }));
}

function observations(): Row[] {
  return targetViews.flatMap(({ target, observations: own, otherScope }) =>
    [...own, ...otherScope].map((o) => ({
      target_id: target.id,
      value: figure(o.value),
      year: o.year,
      scope: o.scope,
      same_scope: o.scope === target.scope,
      metric: o.metric,
      unit: o.unit ?? null,
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

function entityRows(): Row[] {
  return entities.map((e) => {
    const mentions = mentionsOf('entity', e.id);
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      scope: e.scope,
      aliases: e.aliases.length ? e.aliases.join('|') : null,
      description: e.description,
      related: e.related.length ? e.related.join('|') : null,
      mentions: mentions.length,
      documents: new Set(mentions.map((m) => m.doc)).size,
      // Entities no source names have no page.
      page_url: mentions.length ? href(`entities/${e.id}/`) : null,
    };
  });
}

function mentionRows(): Row[] {
  return siteIndex.mentions.map((m) => ({
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

export const datasetRows: Record<Dataset['id'], () => Row[]> = { targets, observations, entities: entityRows, mentions: mentionRows };
