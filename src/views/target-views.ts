/**
 * The target tracker's data for the pages: every target with its status, and
 * each cited figure resolved to the paragraph it quotes, so every cell of the
 * tracker links to its source.
 */
import { basename } from 'node:path';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import type { Entity } from '../data/entity-schema.ts';
import type { GlossaryTerm } from '../data/glossary-schema.ts';
import type { Figure, Metric, Observation, Target } from '../data/target-schema.ts';
import { type PlaceRef, placeNames, sameScope, scopeLabel } from '../data/place-schema.ts';
import {
  type Assessment,
  STATUSES,
  type Status,
  type TrackerContext,
  assessTarget,
  datedGoal,
  formatFigure,
  incomparability,
  reviewedThrough,
  shownFigure,
} from '../tracker/status.ts';
import type { SiteData } from '../data/site-data.ts';
import { quotePath, siteHref } from '../core/url.ts';
import { docOrder, documentOf, resolveQuote } from './mentions.ts';
import { memo } from './memo.ts';

export interface CitedFigure {
  role: 'baseline' | 'plan' | 'observation';
  year: number;
  value: Figure;
  /** The figure as shown: "48.2%", "11∶45∶44". */
  display: string;
  place: PlaceRef;
  qualifier?: string | undefined;
  /** The place or the part of it the figure is of, as a reader sees it: 衡阳市, 市城区, 石鼓区. */
  scope: string;
  metric: Metric;
  doc: DocumentMeta;
  paragraph: IndexedParagraph;
  href: string;
  quote: string;
  /** Why this figure does not count toward the status, if it does not. */
  incomparable?: string | undefined;
  /** What the figure measures when that differs from the target's indicator. */
  indicator?: string | undefined;
  /** The unit the source writes, when it is not the target's. */
  unit?: string | undefined;
  /** The bound the source writes on a later figure (突破1600亿元 is ">"). */
  comparator?: Observation['comparator'];
  note?: string | undefined;
}

export interface TargetView {
  target: Target;
  setId: string;
  assessment: Assessment;
  /** "2020年超过50%". */
  goal: string;
  /** The target's place as a reader sees it, and after its name where it is not its plan's own place: "（市城区）". */
  scope: string;
  scopeSuffix: string;
  plan: CitedFigure;
  /** The same target where the plan states it again (奋斗目标 and a chapter). */
  restated: CitedFigure[];
  baseline?: CitedFigure | undefined;
  /** Later figures of the target's own scope: the year columns and the chart. */
  observations: CitedFigure[];
  /** Later figures of another scope (a district's for a city target), shown apart with their scope. */
  otherScope: CitedFigure[];
  /** The figures of the tracker's year columns: the target's own scope and its own unit (no growth rate in a column of 亿元). */
  columns: CitedFigure[];
  /** The indicator entities the target measures (or is measured through), for links both ways. */
  indicators: Entity[];
  /** What the sources say, in one sentence: the goal, the baseline and the latest figure, with their documents. */
  sourcesSay: string;
  relatedEntities: Entity[];
  relatedTerms: GlossaryTerm[];
}

export interface TargetSet {
  id: string;
  /** Named after the documents that set the targets. */
  title: string;
  targets: TargetView[];
  /** The years later figures refer to, each a tracker column. */
  years: number[];
}

/** The latest year the documents review: a target year up to it has passed. */
export function trackerContext(site: SiteData): TrackerContext {
  return { reviewedThrough: reviewedThrough(site.documents), places: placeNames(site.entities) };
}

function cite(
  site: SiteData,
  t: Target,
  role: CitedFigure['role'],
  c: { doc: string; quote: string; year: number; value: Figure; place?: PlaceRef; qualifier?: string | undefined; metric?: Metric },
  entry: string,
): CitedFigure {
  const paragraph = resolveQuote(site, t.file, `target "${t.id}", ${entry}`, c.doc, c.quote);
  return {
    role,
    year: c.year,
    value: c.value,
    display: t.metric === 'deadline' && role === 'plan' ? `${c.year}年前` : formatFigure(c.value, t.unit),
    ...(c.place ? { place: c.place, qualifier: c.qualifier } : { place: t.place, qualifier: t.qualifier }),
    scope: scopeLabel(c.place ? { place: c.place, qualifier: c.qualifier } : t, placeNames(site.entities)),
    metric: c.metric ?? t.metric,
    doc: documentOf(site, c.doc),
    paragraph,
    href: siteHref(site.base, quotePath(c.doc, paragraph.id, c.quote)),
    quote: c.quote,
  };
}

/** Glossary terms and entities the clauses themselves name. */
function related(site: SiteData, clauses: CitedFigure[]): { relatedEntities: Entity[]; relatedTerms: GlossaryTerm[] } {
  const ids = { entity: new Set<string>(), term: new Set<string>() };
  for (const c of clauses) {
    const start = c.paragraph.text.indexOf(c.quote);
    for (const m of site.index.mentions) {
      if (
        m.doc === c.doc.slug &&
        m.paragraphId === c.paragraph.id &&
        m.offset >= start &&
        m.offset + m.text.length <= start + c.quote.length
      )
        ids[m.kind].add(m.id);
    }
  }
  return {
    relatedEntities: site.entities.filter((e) => ids.entity.has(e.id)),
    relatedTerms: site.glossary.filter((g) => ids.term.has(g.id)),
  };
}

/** "《规划》提出2020年超过50%（2015年为46.3%）；《2019年报告》称“森林覆盖率达48.2%”（2018年）": the source's own words for the latest figure. */
function sourcesSentence(t: Target, plan: CitedFigure, baseline: CitedFigure | undefined, own: CitedFigure[]): string {
  const base = baseline ? `（${baseline.year}年为${baseline.display}）` : '';
  // The latest figure that counts, else the latest of the target's scope.
  const latest = own.filter((o) => !o.incomparable).at(-1) ?? own.at(-1);
  const later = latest ? `《${latest.doc.display_title}》称“${latest.quote}”（${latest.year}年）` : '收录的后续文件未报告同一范围的数据';
  return `《${plan.doc.display_title}》提出${datedGoal(t)}${base}；${later}`;
}

function view(site: SiteData, t: Target): TargetView {
  const plan = cite(site, t, 'plan', { ...t.plan, year: t.year, value: t.value }, 'plan');
  const restated = t.restated.map((r, i) => cite(site, t, 'plan', { ...r, year: t.year, value: t.value }, `restated ${i + 1}`));
  const baseline = t.baseline && cite(site, t, 'baseline', t.baseline, 'baseline');
  const all = t.observations
    .map((o, i) => ({
      ...cite(site, t, 'observation', o, `observation ${i + 1}`),
      // A figure written in another unit shows that unit, not the target's; one the source bounds shows its bound.
      display: shownFigure(o, o.unit ?? t.unit),
      incomparable: incomparability(t, o, placeNames(site.entities)),
      indicator: o.indicator,
      unit: o.unit,
      comparator: o.comparator,
      note: o.note,
    }))
    .sort((a, b) => a.year - b.year || docOrder(site, a.doc.slug) - docOrder(site, b.doc.slug));
  const observations = all.filter((o) => sameScope(o, t));
  const otherScope = all.filter((o) => !sameScope(o, t));
  const columns = observations.filter((o) => o.unit === undefined || o.unit === t.unit);
  // The indicator the target measures first, then those reported in its place.
  const indicators = [...new Set([t.indicator, ...t.related_indicators])].flatMap((id) => site.entities.filter((e) => e.id === id));
  const planPlace = documentOf(site, t.plan.doc).place;
  return {
    target: t,
    setId: basename(t.file, '.yaml'),
    assessment: assessTarget(t, trackerContext(site)),
    goal: datedGoal(t),
    scope: plan.scope,
    scopeSuffix: sameScope(t, { place: planPlace }) ? '' : `（${plan.scope}）`,
    plan,
    restated,
    baseline,
    observations,
    otherScope,
    columns,
    indicators,
    sourcesSay: sourcesSentence(t, plan, baseline, observations),
    ...related(site, [plan, ...restated, ...(baseline ? [baseline] : []), ...all]),
  };
}

export function targetViews(site: SiteData): TargetView[] {
  return memo(site, 'targetViews', () => site.targets.map((t) => view(site, t)));
}

export function targetSets(site: SiteData): TargetSet[] {
  return memo(site, 'targetSets', () => {
    const order = (v: TargetView) => docOrder(site, v.plan.doc.slug);
    const views = targetViews(site);
    return (
      [...new Set(views.map((v) => v.setId))]
        .map((id) => {
          const members = views.filter((v) => v.setId === id);
          const docs = [...new Set(members.map((v) => v.plan.doc))].sort((a, b) => docOrder(site, a.slug) - docOrder(site, b.slug));
          return {
            id,
            title: docs.map((d) => d.display_title).join('、'),
            targets: members,
            // Only figures of a target's own scope and unit fill its year columns.
            years: [...new Set(members.flatMap((v) => v.columns.map((o) => o.year)))].sort(),
          };
        })
        // The oldest plan first.
        .sort((a, b) => order(a.targets[0]!) - order(b.targets[0]!))
    );
  });
}

export function statusCounts(views: TargetView[]): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, views.filter((v) => v.assessment.status === s).length])) as Record<Status, number>;
}

export function targetById(site: SiteData, id: string): TargetView | undefined {
  return targetViews(site).find((v) => v.target.id === id);
}

/** The targets an indicator entity's figures answer, for its page. */
export function targetsOfIndicator(site: SiteData, entityId: string): TargetView[] {
  return targetViews(site).filter((v) => v.indicators.some((e) => e.id === entityId));
}

/**
 * A data note split into text and links: the notes name targets, documents
 * and target sets by id, which a reader sees as their names.
 */
export function noteParts(site: SiteData, note: string): ({ text: string } | { text: string; href: string })[] {
  // The notes set ids off with spaces, which go with them.
  return note.split(/\s*([a-z0-9]+(?:-[a-z0-9]+)+)\s*/).flatMap((part, i) => {
    if (i % 2 === 0) return part ? [{ text: part }] : [];
    const target = targetById(site, part);
    if (target) return [{ text: `“${target.target.name}”（${target.goal}）`, href: `targets/${part}/` }];
    const set = targetSets(site).find((s) => s.id === part);
    if (set) return [{ text: `${set.title}的年度目标`, href: 'targets/' }];
    const doc = site.documents.find((d) => d.slug === part);
    return doc ? [{ text: `《${doc.display_title}》`, href: `reports/${doc.slug}/` }] : [{ text: part }];
  });
}
