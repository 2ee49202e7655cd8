/**
 * The candidates tool's rules, one synthetic document each: how a figure is
 * matched to a target, and where its year, scope and metric come from.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/data/documents-schema.ts';
import type { Entity } from '../../src/data/entity-schema.ts';
import type { Target } from '../../src/data/target-schema.ts';
import type { IndexedParagraph } from '../../src/index/paragraphs.ts';
import { proposeFigures } from '../../src/candidates/targets.ts';
import { target } from '../helpers/target.ts';

const doc = (
  slug: string,
  level: DocumentMeta['level'],
  issuer: string,
  from: number,
  to: number,
  place: DocumentMeta['place'] = 'city',
): DocumentMeta => ({ slug, level, issuer, place, reviews: { from, to }, plans: { from: to + 1, to: to + 5 } }) as DocumentMeta;
const plan = { ...doc('plan', '市', '某市人民政府', 2011, 2015) };
const cityReport = doc('city', '市', '某市人民政府', 2018, 2018);
const district = doc('district', '区', '某市东城区人民政府', 2018, 2018, 'east');
const results = doc('results', '市', '某日报', 2016, 2020);
const otherCity = doc('other', '市', '他市人民政府', 2018, 2018, { outside: '他市' });

const paragraph = (d: DocumentMeta, text: string, period = d.reviews): IndexedParagraph => ({
  doc: d.slug,
  id: `${d.slug}-p${text.length}`,
  sectionId: 's1',
  path: ['一、回顾'],
  text,
  section: { stance: 'review', period },
});
const entity = (id: string, name: string, kind: Entity['kind'] = '指标', aliases: string[] = []): Entity => ({
  id,
  name,
  kind,
  aliases,
  place: 'hengyang-city',
  guards: [],
  description: 'd',
  related: [],
  parts: [],
  senses: [],
  exceptions: [],
  file: 'x.yaml',
});
const entities = [
  entity('forest', '森林覆盖率'),
  entity('tourists', '游客接待量', '指标', ['接待国内外游客', '接待游客']),
  entity('tourism', '旅游总收入'),
  entity('gdp', '地区生产总值', '指标', ['GDP']),
  entity('west', '西城区', '行政区'),
  entity('east', '东城区', '行政区'),
  entity('city', '某市', '行政区'),
  entity('steel', '某钢集团', '企业'),
];
const documents = [plan, cityReport, district, results, otherCity];
const propose = (targets: Target[], paragraphs: IndexedParagraph[]) => proposeFigures({ targets, documents, paragraphs, entities });

describe('targets:candidates rules', () => {
  it("reads the figure after the indicator's name, dated by the section's single year, city-wide in a city report", () => {
    const [p] = propose([target({})], [paragraph(cityReport, '生态建设成效明显，森林覆盖率达48.2%。')]);
    expect(p).toMatchObject({
      target_id: 't',
      doc: 'city',
      value: 48.2,
      year: 2018,
      place: 'city',
      metric: 'level',
      quote: '森林覆盖率达48.2%',
    });
    expect(p!.reason).toContain('所在部分回顾2018年');
  });

  it('takes a year written before the figure over the section period, and not a compared year', () => {
    const found = propose([target({})], [paragraph(results, '2019年森林覆盖率达49%。森林覆盖率比2016年提高到50.2%。')]);
    expect(found.map((p) => [p.value, p.year])).toEqual([
      [49, 2019],
      [50.2, 2020],
    ]);
    expect(found[1]!.reason).toContain('取期末');
  });

  it("scopes a district report to its district, and a city report's figure to a district or company named before it", () => {
    const found = propose(
      [target({})],
      [
        paragraph(district, '森林覆盖率达60%。'),
        paragraph(cityReport, '西城区森林覆盖率达55%，某钢集团厂区森林覆盖率达30%，市城区森林覆盖率达20%。'),
      ],
    );
    expect(found.map((p) => [p.value, p.place, p.qualifier])).toEqual([
      [60, 'east', undefined],
      [55, 'west', undefined],
      [30, 'city', '某钢集团'],
      [20, 'city', '市城区'],
    ]);
  });

  it('proposes nothing from a document of a place outside the registry', () => {
    expect(propose([target({})], [paragraph(otherCity, '森林覆盖率达48.2%。')])).toEqual([]);
  });

  it('gives each name listed before 分别 its own figure, and tells a growth from a level', () => {
    const targets = [
      target({ id: 'arrivals', name: '接待国内外游客', indicator: 'tourists', unit: '万人次', value: 8000 }),
      target({ id: 'revenue-growth', name: '旅游总收入年均增长率', indicator: 'tourism', metric: 'average-growth', value: 18 }),
    ];
    const found = propose(targets, [paragraph(cityReport, '全市共接待游客7016.2万人次，实现旅游总收入630.3亿元，分别增长13.2%、11.2%。')]);
    expect(found.map((p) => [p.target_id, p.value, p.metric, p.unit])).toEqual([
      ['arrivals', 7016.2, 'level', null],
      ['arrivals', 13.2, 'growth', '%'],
      ['revenue-growth', 11.2, 'growth', null],
    ]);
  });

  it('does not read an indicator that is only the denominator of another one, nor one share for another', () => {
    const shareOfGdp = paragraph(cityReport, '高新技术产业增加值占GDP比重达16.8%。');
    expect(propose([target({ name: '地区生产总值', indicator: 'gdp', unit: '亿元', value: 4000 })], [shareOfGdp])).toEqual([]);
    expect(propose([target({ name: '金融业增加值占GDP比重', value: 5 })], [shareOfGdp])).toEqual([]);
  });

  it("matches a wording no registry name covers by a shared run of three characters, at low confidence, and keeps the source's unit", () => {
    const [p] = propose(
      [target({ name: '改造城镇棚户区住房', unit: '万套', metric: 'cumulative', value: 4.7 })],
      [paragraph(results, '208个老旧小区改造项目、12429套棚户区改造稳步实施。', { from: 2020, to: 2020 })],
    );
    expect(p).toMatchObject({ value: 12429, unit: '套', year: 2020, metric: 'count', quote: '12429套棚户区改造稳步实施' });
    expect(p!.confidence).toBeLessThan(0.5);
  });

  it('leaves out a figure a reviewer rejected, by its quote', () => {
    const p = paragraph(cityReport, '森林覆盖率达48.2%。');
    expect(propose([target({})], [p])).toHaveLength(1);
    expect(propose([target({ rejected: [{ doc: 'city', quote: '森林覆盖率达48.2%', reason: '示例' }] })], [p])).toEqual([]);
  });

  it('leaves out figures before the plan period and those already recorded', () => {
    const old = paragraph(doc('old', '市', '某市人民政府', 2012, 2012), '森林覆盖率达43%。');
    const recorded = target({
      observations: [{ value: 48.2, year: 2018, doc: 'city', place: 'city', metric: 'level', quote: '森林覆盖率达48.2%' }],
    });
    expect(
      proposeFigures({
        targets: [recorded],
        documents: [...documents, doc('old', '市', '某市人民政府', 2012, 2012)],
        paragraphs: [old, paragraph(cityReport, '森林覆盖率达48.2%。')],
        entities,
      }),
    ).toEqual([]);
  });

  it('reads a Traditional text on its reading and quotes it as written, with the figure’s offsets in the paragraph', () => {
    const text = '生態建設成效明顯，森林覆蓋率達48.2%。';
    const [p] = propose([target({})], [paragraph(cityReport, text)]);
    expect(p).toMatchObject({ value: 48.2, year: 2018, place: 'city', quote: '森林覆蓋率達48.2%' });
    expect(text.slice(p!.figure.start, p!.figure.end)).toBe(p!.figure.text);
    expect(p!.figure.text).toBe('達48.2%');
  });

  it('keeps the bound the text writes on a figure: 突破3500亿元 is "> 3500", 达 none', () => {
    const gdp = target({ name: '地区生产总值', indicator: 'gdp', unit: '亿元', value: 4000 });
    const [bounded] = propose([gdp], [paragraph(cityReport, '地区生产总值突破3500亿元。')]);
    expect(bounded).toMatchObject({ value: 3500, comparator: '>' });
    const [reached] = propose([gdp], [paragraph(cityReport, '地区生产总值达3500亿元。')]);
    expect(reached).toMatchObject({ value: 3500 });
    expect(reached!.comparator).toBeUndefined();
  });

  it('aligns a 分别 list item by item, and proposes nothing from a list whose figures and items are not as many', () => {
    const wetland = target({ id: 'wetland', name: '湿地保护率', indicator: undefined, value: 70 });
    const aligned = propose([target({}), wetland], [paragraph(cityReport, '森林覆盖率、湿地保护率分别达48.2%、60%。')]);
    expect(aligned.map((p) => [p.target_id, p.value])).toEqual([
      ['t', 48.2],
      ['wetland', 60],
    ]);
    // One figure lost: reading them off in order would give each name its neighbour's figure.
    const garbled = paragraph(cityReport, '森林覆盖率、湿地保护率、草地覆盖率分别达48.2%、60%。');
    expect(propose([target({}), wetland], [garbled])).toEqual([]);
  });

  it('gives a figure of one place to no other place’s target: a province’s figure is not the city’s, the city’s not a district’s', () => {
    expect(propose([target({})], [paragraph(cityReport, '全省森林覆盖率达59%。')])).toEqual([]);
    const eastTarget = target({ place: 'east' });
    expect(propose([eastTarget], [paragraph(cityReport, '森林覆盖率达48.2%。')])).toEqual([]);
    expect(propose([eastTarget], [paragraph(district, '森林覆盖率达60%。')]).map((p) => p.value)).toEqual([60]);
  });

  it('scopes a figure by the words before it in its own clause, not only those before the name', () => {
    const [p] = propose([target({ qualifier: '市城区' })], [paragraph(cityReport, '森林覆盖率稳步提高，其中市城区达50%。')]);
    expect(p).toMatchObject({ value: 50, place: 'city', qualifier: '市城区' });
  });

  it('reads a later plan only for a passed deadline, where it still sets what the target should have finished', () => {
    const deadline = target({
      name: '贫困人口整体脱贫',
      indicator: undefined,
      unit: '年',
      metric: 'deadline',
      comparator: 'by',
      value: 2018,
      year: 2018,
    });
    const plan2019 = { stance: 'plan' as const, period: { from: 2019, to: 2019 } };
    const later = { ...paragraph(cityReport, '力争3.96万贫困人口脱贫，全市贫困发生率下降到0.36%。'), section: plan2019 };
    const [p] = propose([deadline], [later]);
    expect(p).toMatchObject({ value: 3.96, year: 2019, metric: 'count', still_planned: true, quote: '力争3.96万贫困人口脱贫' });
    // Before the deadline a plan is no remainder; nor does a plan answer any other target.
    const early = { ...later, section: { stance: 'plan' as const, period: { from: 2017, to: 2017 } } };
    expect(propose([deadline], [early])).toEqual([]);
    expect(propose([target({})], [{ ...later, text: '森林覆盖率达到50%。' }])).toEqual([]);
  });
});
