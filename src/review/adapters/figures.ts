/**
 * Adapter for `targets:candidates` (src/candidates/targets.ts): a figure a later
 * document reports for a target. Accepted, it goes under the target's
 * `observations`; rejected, under its `rejected` with the reason, which the
 * proposer already reads, so it is not proposed again.
 */
import { proposeFigures, type Proposal } from '../../candidates/targets.ts';
import { placeNames, scopeLabel } from '../../data/place-schema.ts';
import { METRICS, type Observation, type Target } from '../../data/target-schema.ts';
import { assessTarget, formatFigure, reviewedThrough } from '../../tracker/status.ts';
import { type ReviewContext, docTitle, inContent } from '../context.ts';
import type { Adapter, ReviewItem } from '../item.ts';
import { entryById, entryNode, listOf } from '../yaml-edit.ts';

/** A figure as the form gives it: a number, or a ratio "11:45:44" kept as written. */
const figure = (text: string): number | string => (/^-?\d+(?:\.\d+)?$/u.test(text.trim()) ? Number(text) : text.trim());

/** The observation the reviewer's values make, in the key order the target files use. */
function observationOf(item: ReviewItem, values: Record<string, string>): Observation {
  const v = (name: string) => values[name]?.trim() ?? '';
  const optional = (name: string) => (v(name) ? { [name]: v(name) } : {});
  return {
    value: figure(v('value')),
    year: Number(v('year')),
    doc: item.doc,
    place: v('place'),
    ...optional('qualifier'),
    metric: v('metric') as Observation['metric'],
    ...optional('unit'),
    ...optional('indicator'),
    ...(v('comparator') ? { comparator: v('comparator') as Observation['comparator'] } : {}),
    ...(v('still_planned') === 'true' ? { still_planned: true as const } : {}),
    quote: v('quote'),
    ...optional('note'),
  };
}

/** Where the figure stands in its paragraph, as the proposer found it there. */
const highlightOf = (p: Proposal): [number, number][] => [[p.figure.start, p.figure.end]];

export function figureAdapter(ctx: ReviewContext): Adapter {
  const targets = ctx.content.targets.targets;
  const byId = new Map(targets.map((t) => [t.id, t]));
  const places = placeNames(ctx.content.entities.entities);
  const tracker = { reviewedThrough: reviewedThrough(ctx.content.documents.documents), places };
  const targetOf = (item: ReviewItem): Target => byId.get(item.id.split('|')[1]!)!;
  const status = (t: Target) => {
    const a = assessTarget(t, tracker);
    return `${a.status}（${a.reason}）`;
  };

  const adapter: Adapter = {
    kind: 'figure',
    label: '数据',
    reads: ['targets/', 'entities/'],
    items() {
      const proposals = proposeFigures({
        targets,
        documents: ctx.content.documents.documents,
        paragraphs: ctx.paragraphs,
        entities: ctx.content.entities.entities,
      });
      return proposals
        .sort((a, b) => b.confidence - a.confidence)
        .map((p) => {
          const t = byId.get(p.target_id)!;
          const paragraph = ctx.paragraphs.find((x) => x.doc === p.doc && x.id === p.paragraph)!;
          const item: ReviewItem = {
            kind: 'figure',
            id: ['figure', t.id, p.doc, p.paragraph, String(p.value), p.quote].join('|'),
            title: `${t.name}：${scopeLabel(p, places)}${p.year}年${formatFigure(p.value, p.unit ?? t.unit)}`,
            fields: [
              { name: 'value', label: '数值', value: String(p.value) },
              {
                name: 'comparator',
                label: '界限（原文只给界限时，如 突破 为 >）',
                value: p.comparator ?? '',
                options: ['', '>', '>=', '<', '<=', '≈'],
              },
              { name: 'year', label: '年份', value: String(p.year) },
              { name: 'metric', label: '口径', value: p.metric, options: METRICS },
              { name: 'unit', label: '单位（与目标不同时）', value: p.unit ?? '', hint: `目标的单位：${t.unit}` },
              { name: 'place', label: '地方（行政区 id）', value: typeof p.place === 'string' ? p.place : '' },
              { name: 'qualifier', label: '范围限定', value: p.qualifier ?? '', hint: '如 市城区、中心城区；全地方则留空' },
              { name: 'indicator', label: '另一指标（与目标不同时）', value: p.indicator ?? '' },
              {
                name: 'still_planned',
                label: '期限已过、后来文件仍在计划剩余部分',
                value: p.still_planned ? 'true' : '',
                options: ['', 'true'],
              },
              { name: 'quote', label: '引文（原文）', value: p.quote, long: true },
              { name: 'note', label: '备注', value: '' },
            ],
            doc: p.doc,
            docTitle: docTitle(ctx, p.doc),
            paragraph: p.paragraph,
            text: paragraph.text,
            highlights: highlightOf(p),
            file: inContent(ctx, t.file),
            rejectFile: inContent(ctx, t.file),
            confidence: p.confidence,
            reason: p.reason,
            outcome: '',
          };
          item.outcome = adapter.outcome(item, Object.fromEntries(item.fields.map((f) => [f.name, f.value])));
          return item;
        });
    },
    accept(item, values) {
      const t = targetOf(item);
      return {
        file: item.file,
        apply: (doc) => {
          listOf(doc, entryById(doc, item.file, t.id), 'observations', item.file).items.push(
            entryNode(doc, { ...observationOf(item, values) }, true),
          );
        },
      };
    },
    reject(item, reason) {
      const t = targetOf(item);
      const quote = item.fields.find((f) => f.name === 'quote')!.value;
      return {
        file: item.rejectFile,
        apply: (doc) => {
          listOf(doc, entryById(doc, item.rejectFile, t.id), 'rejected', item.rejectFile).items.push(
            entryNode(doc, { doc: item.doc, quote, reason }, true),
          );
        },
      };
    },
    outcome(item, values) {
      const t = targetOf(item);
      const after = { ...t, observations: [...t.observations, observationOf(item, values)] };
      return `目标“${t.name}”（${t.id}）：现为${status(t)}；收录后为${status(after)}`;
    },
  };
  return adapter;
}
