/** Table tests: where a heading's line may break, so `word-break: keep-all` never splits a word (第十/三个, 加快实/现). */
import { describe, expect, it } from 'vitest';
import { phrases } from '../../../src/zh/phrases.ts';

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
});
