/** Table tests: where a heading's line may break, so `word-break: keep-all` never splits a word (第十/三个, 加快实/现). */
import { describe, expect, it } from 'vitest';
import { phrases, words } from '../../../src/zh/phrases.ts';

describe('phrases', () => {
  it.each(['第十三个五年规划纲要', '加快实现高质量发展', '衡阳市国民经济和社会发展第十三个五年规划纲要', '2016—2020年', '', 'GDP增长8.5%'])(
    '%s keeps every character in order',
    (text) => {
      expect(phrases(text).join('')).toBe(text);
    },
  );

  it.each([
    ['第十三个五年规划纲要', ['第十', '三个', '十三']],
    ['加快实现高质量发展', ['实现']],
    ['在衡阳市第十五届人民代表大会第五次会议上', ['十五', '第十五届', '第五次']],
    ['三百六十五天', ['三百六十五']],
  ])('%s is never cut inside %j', (text, words) => {
    const cuts = new Set<number>();
    let at = 0;
    for (const piece of phrases(text).slice(0, -1)) cuts.add((at += piece.length));
    for (const word of words) {
      const start = text.indexOf(word);
      for (let i = start + 1; i < start + word.length; i++) expect(cuts.has(i)).toBe(false);
    }
  });

  it('leaves a figure with its unit and dash whole', () => {
    expect(phrases('2016—2020年')).toEqual(['2016—2020年']);
  });

  it.each([
    ['第十五届人民代表大会', ['第', '十五', '届', '人民', '代表', '大会']],
    ['第五次会议', ['第', '五', '次', '会议']],
    ['“十三五”规划', ['“', '十三五', '”', '规划']],
    ['三百六十五天', ['三百六十五', '天']],
    ['二〇一九年', ['二〇一九', '年']],
    ['两千万元', ['两千万', '元']],
  ])('%s: a Chinese numeral is one word of its own', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['统一大市场', '统一'],
    ['十分重要', '十分'],
    ['千万不要', '千万'],
    ['一带一路', '一带'],
  ])('%s: a lone numeral character inside a word (%s) stays in it', (text, word) => {
    expect(words(text)).toContain(word);
  });
});
