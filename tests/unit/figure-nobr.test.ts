/**
 * rehype-figure-nobr fixtures: tests/fixtures/figure-nobr/<case>/input.html
 * becomes output.html. A missing output.html fails; UPDATE_FIXTURES=1 writes
 * it, to be reviewed. Every case also checks that the text is unchanged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { FIGURE, rehypeFigureNobr } from '../../src/annotation/rehype-figure-nobr.ts';
import { expectGolden } from '../helpers/golden.ts';
import { transformReportHtml } from './annotation/annotate-html.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'figure-nobr');

describe('figure-nobr fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.html'), 'utf8');
      const { tree } = transformReportHtml(input, rehypeFigureNobr());
      const html = toHtml(tree);
      expect(toString(fromHtml(html, { fragment: true }))).toBe(toString(fromHtml(input, { fragment: true })));
      expectGolden(join(root, name, 'output.html'), html);
    });
  }
});

describe('what counts as one figure', () => {
  const runs = (s: string) => [...s.matchAll(FIGURE)].map((m) => m[0]).filter((r) => r.length > 1);
  it('keeps a date, a figure with its unit, a ratio and a range whole', () => {
    expect(runs('2019年1月8日')).toEqual(['2019年1月8日']);
    expect(runs('达1.57万亿元，增长8.5%')).toEqual(['1.57万亿元', '8.5%']);
    expect(runs('调整为11:45:44')).toEqual(['11:45:44']);
    expect(runs('2016—2020年')).toEqual(['2016—2020年']);
    expect(runs('提高2.3个百分点')).toEqual(['2.3个百分点']);
    expect(runs('100多万人')).toEqual(['100多万人']);
  });
  it('keeps every unit of the one lexicon with its figure, those the tracker reads included', () => {
    expect(runs('突破4000美元，出栏生猪1000万头，送戏下乡1010场')).toEqual(['4000美元', '1000万头', '1010场']);
    expect(runs('完成1.2万亿左右计划投资，集装箱吞吐量5万标箱，发电12亿千瓦时')).toEqual(['1.2万亿', '5万标箱', '12亿千瓦时']);
  });
  it('leaves words without a figure alone', () => {
    expect(runs('十三五规划，全年工作')).toEqual([]);
  });
});
