/** Table tests: a name inside a share, a per-unit or per-capita measure or a comparison is not the measure itself. */
import { describe, expect, it } from 'vitest';
import { isDenominator, isMeasuredOrShared } from '../../../src/zh/compounds.ts';

const at = (text: string, name: string) => [text, text.indexOf(name), text.indexOf(name) + name.length] as const;

describe('isDenominator', () => {
  it.each([
    ['人均地区生产总值', '地区生产总值', true],
    ['单位地区生产总值能耗', '地区生产总值', true],
    ['万元GDP用水量', 'GDP', true],
    ['每万人拥有医生数', '拥有医生数', true],
    ['亩均税收', '税收', true],
    ['文化产业增加值占GDP比重', 'GDP', true],
    ['占地区生产总值的比重', '地区生产总值', true],
    // An amount in 万元 before a name, or 占 without a share after it, is no compound.
    ['完成500亿元固定资产投资', '固定资产投资', false],
    ['占领地区生产总值高地', '地区生产总值', false],
    ['地区生产总值增长8%', '地区生产总值', false],
  ])('%s: %s is a denominator: %s', (text, name, expected) => {
    expect(isDenominator(...at(text, name))).toBe(expected);
  });
});

describe('isMeasuredOrShared', () => {
  it.each([
    ['城乡居民收入差距缩小', '城乡居民收入', true],
    ['地区生产总值增速差', '地区生产总值', true],
    ['非化石能源占一次能源消费比重', '非化石能源', true],
    ['非化石能源占比提高，消费比重下降', '非化石能源', false],
    ['居民收入增长', '居民收入', false],
  ])('%s: %s is measured or shared: %s', (text, name, expected) => {
    const [, , end] = at(text, name);
    expect(isMeasuredOrShared(text, end)).toBe(expected);
  });
});
