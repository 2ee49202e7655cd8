/** Table tests: the one unit lexicon, its kinds and multipliers. */
import { describe, expect, it } from 'vitest';
import { UNITS, baseUnit, canonicalUnit, unitOf, unitPattern } from '../../../src/zh/units.ts';

describe('unit lexicon', () => {
  it.each([
    ['万标箱', 'count', '标箱', '万'],
    ['千瓦时', 'energy', '千瓦时', undefined],
    ['万千瓦时', 'energy', '千瓦时', '万'],
    ['万千瓦', 'power', '千瓦', '万'],
    ['亿元', 'money', '元', '亿'],
    ['万亿元', 'money', '元', '万亿'],
    ['亿美元', 'money', '美元', '亿'],
    ['平方公里', 'area', '平方公里', undefined],
    ['千公顷', 'area', '公顷', '千'],
    ['万人次', 'count', '人次', '万'],
    ['个百分点', 'percent', '个百分点', undefined],
    ['％', 'percent', '％', undefined],
    ['倍', 'ratio', '倍', undefined],
    ['年', 'time', '年', undefined],
    ['日', 'date', '日', undefined],
    ['亿', 'multiplier', '', '亿'],
  ])('%s: %s, base %s, multiplier %s', (spelling, kind, base, multiplier) => {
    expect(unitOf(spelling)).toEqual({ spelling, kind, base, ...(multiplier ? { multiplier } : {}) });
    expect(baseUnit(spelling)).toBe(base);
  });

  it('takes no multiplier before a rate, a time or a date', () => {
    for (const spelling of ['万%', '亿年', '万日', '千倍']) expect(unitOf(spelling)).toBeUndefined();
  });

  it('lists each spelling once, longest first', () => {
    const spellings = UNITS.map((u) => u.spelling);
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(spellings.every((s, i) => i === 0 || spellings[i - 1]!.length >= s.length)).toBe(true);
  });

  it('matches the longest unit a text writes', () => {
    const unit = new RegExp(`^(?:${unitPattern()})`, 'u');
    expect(unit.exec('万人次接待')?.[0]).toBe('万人次');
    expect(unit.exec('千瓦时电')?.[0]).toBe('千瓦时');
    expect(unit.exec('个百分点')?.[0]).toBe('个百分点');
  });

  it('leaves out the kinds a consumer does not want', () => {
    const unit = new RegExp(`^(?:${unitPattern((u) => u.kind !== 'date')})$`, 'u');
    expect(unit.test('月')).toBe(false);
    expect(unit.test('万吨')).toBe(true);
  });

  it('stores the full-width percent sign as the percent sign', () => {
    expect(canonicalUnit('％')).toBe('%');
    expect(canonicalUnit('万吨')).toBe('万吨');
  });
});
