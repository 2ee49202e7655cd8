/**
 * Table tests: numbers as the reports write them. The first cases are those
 * the npm readers' issue trackers report as misread (16.4亿, 一百九十万零三千九百七十一, 六千八).
 */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/zh/numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['16.4亿', 1_640_000_000],
    ['一百九十万零三千九百七十一', 1_903_971],
    ['六千八', 6800],
    ['一百五', 150],
    ['三万五', 35_000],
    ['三亿五千万', 350_000_000],
    ['4020亿', 402_000_000_000],
    ['1.2万亿', 1_200_000_000_000],
    ['１２３', 123],
    ['４０２０．５', 4020.5],
    ['二〇二〇', 2020],
    ['两', 2],
    ['两千', 2000],
    ['兩萬', 20_000],
    ['十', 10],
    ['十五', 15],
    ['一十五', 15],
    ['二百一十', 210],
    ['一千零五', 1005],
    ['一百二十万', 1_200_000],
    ['一万亿', 1_000_000_000_000],
    ['五億', 500_000_000],
    ['0.35', 0.35],
  ])('%s is %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['十三五', '万', '千', '百姓', '三两五', '一百百', '千一百', 'GDP', ''])('%s is no number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});
