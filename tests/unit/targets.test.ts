/**
 * No invented numbers: every target clause, baseline and later figure is a
 * verbatim quote standing in exactly one paragraph (or heading) of the built
 * site, and the stored value is written in that quote.
 */
import { describe, expect, it } from 'vitest';
import { findQuote } from '../../src/index/find-quote.ts';
import { parseFigures } from '../../src/tracker/parse-figures.ts';
import { checkFigures } from '../../src/tracker/check-figures.ts';
import { projectSiteData } from '../helpers/content.ts';

const { targets, index, entities } = projectSiteData();

describe('targets', () => {
  it('track every 奋斗目标 of the plan and at least 50 more from later chapters', () => {
    const plan = targets.filter((t) => t.plan.doc === 'five-year-plan-2016-2020');
    const goals = index.paragraphs.filter((p) => p.doc === 'five-year-plan-2016-2020' && p.path.some((h) => h.includes('奋斗目标')));
    const inGoals = plan.filter((t) => goals.some((p) => p.text.includes(t.plan.quote)));
    expect(inGoals.length).toBeGreaterThanOrEqual(20);
    expect(plan.length - inGoals.length).toBeGreaterThanOrEqual(50);
  });

  it('quote every figure verbatim from exactly one paragraph, with the stored value in the quote', () => {
    const problems: string[] = [];
    for (const t of targets) {
      const cited = [
        { what: 'plan', doc: t.plan.doc, quote: t.plan.quote, value: t.metric === 'deadline' ? undefined : t.value },
        ...t.restated.map((r, i) => ({
          what: `restated ${i + 1}`,
          doc: r.doc,
          quote: r.quote,
          value: t.metric === 'deadline' ? undefined : t.value,
        })),
        ...(t.baseline ? [{ what: 'baseline', ...t.baseline }] : []),
        ...t.observations.map((o, i) => ({ what: `observation ${i + 1}`, ...o })),
      ];
      for (const c of cited) {
        const found = findQuote(index.paragraphs, c.doc, c.quote);
        if ('error' in found) problems.push(`${t.id} ${c.what}: ${found.error}`);
        if (c.value !== undefined && !parseFigures(c.quote).some((f) => f.value === c.value))
          problems.push(`${t.id} ${c.what}: value ${c.value} is not written in "${c.quote}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('store the unit and the comparator the plan clause states (超过 >, 以上 >=, 以内 <=, 左右 ≈)', () => {
    const problems: string[] = [];
    for (const t of targets.filter((x) => x.metric !== 'deadline')) {
      const figures = parseFigures(t.plan.quote).filter((f) => f.value === t.value);
      // A clause may write the same number twice ("5岁以下…降至5％"): judge the one with the target's unit.
      const figure = figures.find((f) => f.unit && t.unit.startsWith(f.unit)) ?? figures[0];
      if (!figure) continue;
      // "人口170万" states 万人 by its noun; the stored unit may spell out what the written one abbreviates.
      if (figure.unit && !t.unit.startsWith(figure.unit)) problems.push(`${t.id}: unit "${t.unit}" but the clause writes "${figure.text}"`);
      const stated = figure.comparator;
      if (stated && stated !== '=' && stated !== t.comparator)
        problems.push(`${t.id}: comparator "${t.comparator}" but the clause writes "${figure.text}"`);
    }
    expect(problems).toEqual([]);
  });

  it('write every figure with the sign and unit its quote writes, and give one quote one meaning', () => {
    expect(() => checkFigures({ targets, lineOf: () => 0 }, entities)).not.toThrow();
  });

  it('count a target the plan states twice once: no two entries of a set with the same indicator, figure, year and scope', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const t of targets) {
      const key = `${t.file}|${t.indicator ?? t.name}|${t.metric}|${t.value}|${t.year}|${JSON.stringify(t.place)}|${t.qualifier ?? ''}`;
      if (seen.has(key)) problems.push(`${t.id} repeats ${seen.get(key)}: give the second clause under "restated"`);
      seen.set(key, t.id);
    }
    expect(problems).toEqual([]);
    expect(targets.filter((t) => t.restated.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it('link every related indicator to an indicator entity', () => {
    const indicators = new Set(entities.filter((e) => e.kind === '指标').map((e) => e.id));
    expect(targets.flatMap((t) => t.related_indicators.filter((id) => !indicators.has(id)).map((id) => `${t.id}: ${id}`))).toEqual([]);
  });
});
