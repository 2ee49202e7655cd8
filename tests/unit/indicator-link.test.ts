/** Which indicator entities a target's wording names: the link between indicator pages and target pages. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/data/entity-schema.ts';
import { coreWording, indicatorEntities } from '../../src/tracker/indicator-link.ts';

const entity = (id: string, name: string, aliases: string[] = [], guards: string[] = []): Entity => ({
  id,
  name,
  kind: '指标',
  aliases,
  scope: '市',
  guards,
  description: 'd',
  related: [],
  parts: [],
  senses: [],
  exceptions: [],
  file: 'x.yaml',
});
const registry = [
  entity('gdp', '地区生产总值', ['GDP'], ['人均地区生产总值']),
  entity('gdp-per-capita', '人均地区生产总值', ['人均GDP']),
  entity('registered', '城镇登记失业率'),
  entity('surveyed', '城镇调查失业率'),
  entity('rate', '失业率'),
  { ...entity('gdp-town', '地区生产总值镇'), kind: '行政区' as const },
];
const ids = (indicator: string) => indicatorEntities(indicator, registry).map((e) => e.id);

describe('indicatorEntities', () => {
  it('links a target to the indicator its wording names, by name or alias', () => {
    expect(ids('地区生产总值年均增长率')).toEqual(['gdp']);
    expect(ids('人均GDP')).toEqual(['gdp-per-capita']);
  });

  it('skips an indicator whose guard the wording contains, and one inside a longer matched name', () => {
    expect(ids('人均地区生产总值')).toEqual(['gdp-per-capita']);
    expect(ids('城镇调查失业率')).toEqual(['surveyed']);
  });

  it('skips an indicator that is only the denominator of another', () => {
    expect(ids('文化及相关产业增加值占GDP比重')).toEqual([]);
    expect(ids('万元GDP用水量')).toEqual([]);
  });

  it('reads only indicator entities', () => {
    expect(ids('地区生产总值镇')).toEqual(['gdp']);
  });
});

describe('coreWording', () => {
  it('drops rate and period words around the indicator', () => {
    expect(coreWording('地区生产总值年均增长率')).toBe('地区生产总值');
    expect(coreWording('全市居民人均可支配收入年均增长率')).toBe('居民人均可支配收入');
    expect(coreWording('“十三五”累计固定资产投资')).toBe('固定资产投资');
    expect(coreWording('森林覆盖率')).toBe('森林覆盖率');
  });
});
