/**
 * Adapter for a proposer of the targets a plan or report sets (`targets:extract`):
 * accepted, a proposal becomes a target in the target file of its document's set
 * (the file whose targets its document already sets, else a new
 * content/targets/<doc>.yaml); rejected, a line of content/review/rejected.yaml,
 * which this adapter reads so it is not proposed again. The proposer is passed in,
 * so the adapter needs only the shape of its proposals.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEW_REJECTED } from '../../data/review-schema.ts';
import type { ProposedTarget } from '../../candidates/extract-targets.ts';
import { type Figure, METRICS, targetSchema } from '../../data/target-schema.ts';
import { parseFigures } from '../../tracker/parse-figures.ts';
import { datedGoal } from '../../tracker/status.ts';
import { type ReviewContext, docTitle, inContent, pinyinSlug } from '../context.ts';
import type { Adapter, ReviewItem } from '../item.ts';
import { loadReviewRejected } from '../rejected.ts';
import { entryNode, insertEntry, topList } from '../yaml-edit.ts';
import { given } from './names.ts';

/** What a target proposer gives for each target it finds (`targets:extract`'s proposals). */
export type TargetProposal = ProposedTarget;

const AREAS = targetSchema.shape.area.options;
const COMPARATORS = targetSchema.shape.comparator.options;
const figure = (text: string): Figure => (/^-?\d+(?:\.\d+)?$/u.test(text.trim()) ? Number(text) : text.trim());

export function targetAdapter(ctx: ReviewContext, propose: (ctx: ReviewContext) => TargetProposal[]): Adapter {
  const targets = ctx.content.targets.targets;
  const entities = ctx.content.entities.entities;
  const fileFor = (doc: string) => {
    const set = targets.find((t) => t.plan.doc === doc);
    return set ? inContent(ctx, set.file) : `targets/${doc}.yaml`;
  };
  const proposalOf = new Map<string, TargetProposal>();
  const entryOf = (item: ReviewItem, values: Record<string, string>) => {
    const p = proposalOf.get(item.id)!;
    return {
      ...given(values, 'id'),
      ...given(values, 'area'),
      ...given(values, 'name'),
      ...given(values, 'indicator'),
      ...given(values, 'unit'),
      ...given(values, 'metric'),
      ...given(values, 'comparator'),
      ...(values.value?.trim() ? { value: figure(values.value) } : {}),
      ...(values.year?.trim() ? { year: Number(values.year) } : {}),
      place: values.place?.trim() || p.place,
      ...given(values, 'qualifier'),
      plan: { doc: item.doc, quote: values.quote?.trim() ?? p.quote },
    };
  };

  const adapter: Adapter = {
    kind: 'target',
    label: '目标',
    reads: ['targets/', 'entities/', 'review/'],
    items() {
      const rejected = existsSync(join(ctx.contentDir, REVIEW_REJECTED))
        ? loadReviewRejected(ctx.contentDir, ctx.root, ctx.paragraphs)
        : [];
      // Set already: a target of the same document whose clause holds the proposal's quote, or the other way round, with its value.
      const set = (p: TargetProposal) =>
        targets.some((t) =>
          [t.plan, ...t.restated].some(
            (c) => c.doc === p.doc && (c.quote.includes(p.quote) || p.quote.includes(c.quote)) && t.value === p.value,
          ),
        );
      const turnedDown = (p: TargetProposal) => rejected.some((r) => r.doc === p.doc && r.quote === p.quote && r.value === p.value);
      return propose(ctx)
        .filter((p) => !set(p) && !turnedDown(p))
        .flatMap((p) => {
          const paragraph = ctx.paragraphs.find((x) => x.doc === p.doc && x.id === p.paragraph);
          if (!paragraph) return [];
          const entity = p.indicator_known ? entities.find((e) => e.id === p.indicator) : undefined;
          const name = entity?.name ?? p.indicator;
          const at = paragraph.text.indexOf(p.quote);
          const written = parseFigures(p.quote).find((f) => f.value === p.value);
          const id = ['target', p.doc, p.paragraph, String(p.value), p.quote].join('|');
          proposalOf.set(id, p);
          const item: ReviewItem = {
            kind: 'target',
            id,
            title: `${name}：${datedGoal({ ...p, unit: p.unit ?? '' })}`,
            fields: [
              {
                name: 'id',
                label: 'id',
                value: pinyinSlug(`${p.doc.replace(/-.*$/u, '')} ${entity?.id ?? name} ${p.year}`),
                hint: '小写英文或拼音，以连字符连接；全站唯一',
              },
              { name: 'area', label: '领域', value: '', options: AREAS },
              { name: 'name', label: '名称（按文件措辞）', value: name },
              {
                name: 'indicator',
                label: '指标 id',
                value: entity?.id ?? '',
                hint: 'content/entities/indicators.yaml 中的 id；没有则留空',
              },
              { name: 'comparator', label: '比较', value: p.comparator, options: COMPARATORS },
              { name: 'value', label: '目标值', value: String(p.value) },
              { name: 'unit', label: '单位', value: p.unit ?? '' },
              { name: 'metric', label: '口径', value: p.metric, options: METRICS },
              { name: 'year', label: '年份', value: String(p.year) },
              { name: 'place', label: '地方（行政区 id）', value: typeof p.place === 'string' ? p.place : '' },
              { name: 'qualifier', label: '范围限定', value: p.qualifier ?? '' },
              { name: 'quote', label: '引文（原文）', value: p.quote, long: true },
            ],
            doc: p.doc,
            docTitle: docTitle(ctx, p.doc),
            paragraph: p.paragraph,
            text: paragraph.text,
            highlights: at < 0 ? [] : [written ? [at + written.start, at + written.end] : [at, at + p.quote.length]],
            file: fileFor(p.doc),
            rejectFile: REVIEW_REJECTED,
            reason: p.indicator_known ? `句中写指标“${name}”` : `指标未登记，取句中措辞“${name}”`,
            outcome: '',
          };
          item.outcome = adapter.outcome(item, Object.fromEntries(item.fields.map((f) => [f.name, f.value])));
          return [item];
        });
    },
    accept(item, values) {
      return {
        file: item.file,
        apply: (doc) => {
          const entry = entryOf(item, values);
          insertEntry(topList(doc, item.file), entryNode(doc, entry), (e) => e.get('area') === values.area);
        },
      };
    },
    reject(item, reason) {
      const p = proposalOf.get(item.id)!;
      return {
        file: REVIEW_REJECTED,
        apply: (doc) => {
          topList(doc, REVIEW_REJECTED).items.push(entryNode(doc, { kind: 'target', doc: p.doc, quote: p.quote, value: p.value, reason }));
        },
      };
    },
    outcome(item, values) {
      // A new target has no later figures yet: the tracker computes 无后续数据 until targets:candidates finds some and they are accepted.
      return `新目标页 /targets/${values.id ?? ''}/，列入“目标追踪”（${values.area || '领域未定'}），状态为无后续数据，直到收录后续数据；写入 content/${item.file}`;
    },
  };
  return adapter;
}
