/**
 * `targets:extract` re-finds the targets a person recorded, from the text
 * alone: the tool takes a document, its paragraphs and the entity registry,
 * never content/targets/, so every recorded target is hidden from it. For the
 * plan outline and the 2019 city report it must re-find at least 90% of the
 * recorded targets (value, comparator and year, in the paragraph of the
 * quote) with at least 85% precision; a proposal that matches no recorded
 * target counts as true only where tests/fixtures/targets-extract/labels.yaml,
 * decided by reading, says so.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/candidates/extract-targets.ts';
import { documentParagraphs } from '../../src/candidates/target-paragraphs.ts';
import { loadContent } from '../../src/data/content.ts';
import { loadLabels, score } from '../helpers/extract-score.ts';

const root = process.cwd();
const content = join(root, 'content');
const loaded = loadContent(content, root);
const { documents, paragraphs } = documentParagraphs(content, root);
const labels = loadLabels();
const registries = { entities: loaded.entities.entities };
const proposalsOf = (slug: string) =>
  extractTargets(
    documents.find((d) => d.slug === slug)!,
    paragraphs,
    registries,
  );

describe('targets:extract', () => {
  for (const slug of ['five-year-plan-2016-2020', 'city-report-2019']) {
    it(`re-finds the recorded targets of ${slug} with measured precision`, () => {
      const s = score(slug, proposalsOf(slug), loaded.targets.targets, paragraphs, labels);
      console.log(
        `targets:extract ${slug}: recall ${s.refound}/${s.recorded} = ${s.recall.toFixed(3)}; ` +
          `precision (${s.matched} matching recorded + ${s.labelledTrue} labelled true) / ${s.proposals} = ${s.precision.toFixed(3)} ` +
          `(${s.labelledFalse} labelled false, ${s.unlabelled.length} unlabelled, counted false); ` +
          `missed: ${s.missed.map((t) => t.id).join(', ') || 'none'}`,
      );
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.precision).toBeGreaterThanOrEqual(0.85);
    });
  }

  it('reads a figure with its comparator, year, place and quote as the paragraph writes them', () => {
    const gdp = proposalsOf('city-report-2019').find((p) => p.quote === '地区生产总值增长8.5%左右');
    expect(gdp).toMatchObject({
      indicator: 'gdp',
      comparator: '≈',
      value: 8.5,
      unit: '%',
      year: 2019,
      metric: 'growth',
      place: 'hengyang-city',
    });
    const para = paragraphs.find((p) => p.doc === 'city-report-2019' && p.id === gdp!.paragraph)!;
    expect(para.text).toContain(gdp!.quote);
    // A five-year report's goals take the end of the period it plans; a price basis in brackets is not their year.
    const plan = proposalsOf('five-year-plan-2016-2020');
    expect(plan.find((p) => p.quote.endsWith('人均GDP超过8500美元'))).toMatchObject({ comparator: '>', value: 8500, year: 2020 });
    expect(proposalsOf('city-report-2012').find((p) => p.quote === '城镇化率达到55%')).toMatchObject({
      comparator: '>=',
      value: 55,
      year: 2017,
    });
  });

  it('leaves out ranges, classes, anniversaries and the years that only date the figures after them', () => {
    const after = ['city-report-2019', 'five-year-plan-2016-2020'].flatMap(proposalsOf).map((p) => {
      const text = paragraphs.find((x) => x.doc === p.doc && x.id === p.paragraph)!.text;
      const at = text.indexOf(p.quote);
      return {
        quote: p.quote,
        before: text.slice(Math.max(0, at - 2), at),
        after: text.slice(at + p.quote.length, at + p.quote.length + 1),
      };
    });
    // 2000吨级航道, 500千伏, 70周年, 第十届; 1-2个, 18/10万.
    expect(after.filter((x) => /^[级伏年届]/u.test(x.after) || /[0-9][-/]$/u.test(x.quote.replace(/[0-9.]+[^0-9]*$/u, '')))).toEqual([]);
    // 到2017年，实现…395个贫困村摘帽、现有35.2万贫困人口基本脱贫，到2018年，实现贫困人口整体脱贫: the 2018 deadline has no figure of its own.
    const deadlines = proposalsOf('five-year-plan-2016-2020').filter((p) => p.metric === 'deadline');
    expect(deadlines.filter((p) => p.quote.startsWith('到2017年'))).toEqual([]);
    expect(deadlines.find((p) => p.quote.startsWith('到2018年'))).toMatchObject({ comparator: 'by', value: 2018 });
  });

  it('reads a document it has never seen: its place, a place named before a figure, its year and a clause with no comparator word', () => {
    const base = documents.find((d) => d.slug === 'city-report-2019')!;
    const doc = { ...base, slug: 'new-report', place: { outside: '岳阳市' }, plans: { from: 2021, to: 2021 } };
    const para = (id: string, text: string) => ({
      doc: doc.slug,
      id,
      sectionId: 's2',
      path: ['二、2021年工作安排'],
      text,
      section: { stance: 'plan' as const, period: { from: 2021, to: 2021 } },
    });
    const found = extractTargets(
      doc,
      [
        para('s2-p1', '2021年主要预期目标是：地区生产总值增长7%左右，城镇登记失业率控制在4.5%以内。'),
        para('s2-p2', '支持耒阳市建设成60万人口城市，新建学校12所。'),
      ],
      registries,
    );
    expect(found.map((p) => [p.indicator, p.comparator, p.value, p.year, JSON.stringify(p.place)])).toEqual([
      ['gdp', '≈', 7, 2021, '{"outside":"岳阳市"}'],
      ['registered-unemployment', '<=', 4.5, 2021, '{"outside":"岳阳市"}'],
      ['支持耒阳市建设成', '=', 60, 2021, '"leiyang-city"'],
      ['新建学校', '=', 12, 2021, '{"outside":"岳阳市"}'],
    ]);
  });

  it('prints the documented JSON shape for one document', () => {
    const run = spawnSync(process.execPath, ['scripts/targets-extract.ts', '--json', '--doc', 'city-report-2019'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(printed.length).toBeGreaterThan(7);
    for (const key of ['indicator', 'comparator', 'value', 'unit', 'year', 'metric', 'place', 'quote', 'paragraph'])
      expect(printed[0]).toHaveProperty(key);
    expect(new Set(printed.map((p) => p.doc))).toEqual(new Set(['city-report-2019']));
    const unknown = spawnSync(process.execPath, ['scripts/targets-extract.ts', '--doc', 'no-such-doc'], { encoding: 'utf8' });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no document "no-such-doc"');
    // The command converts every document as the build does: tens of seconds on a shared machine.
  }, 240_000);
});
