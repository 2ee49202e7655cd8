import { describe, expect, it } from 'vitest';
import { unifyRadicals } from '../../../src/zh/radicals.ts';

describe('unifyRadicals: the radical code points of a PDF text layer read as the ideographs shown', () => {
  it.each([
    ['Kangxi radicals by NFKC', '⼯作⼀年，地区⽣产总值', '工作一年，地区生产总值', true],
    ['the Radicals Supplement by its table', '增⻓、⻔户、⻜机、⻢路', '增长、门户、飞机、马路', true],
    ['a component encoded on its own', '⺡米水', '氵米水', true],
    ['戶 黃 靑 in a Simplified text', '落⼾、⿈河、⾭年', '落户、黄河、青年', true],
    ['戶 黃 靑 in a Traditional text', '落⼾、⿈河', '落戶、黃河', false],
    ['the horizontal bar as the dash, 㬵 as 胶', '高新区―院校、比亚迪㬵轮', '高新区—院校、比亚迪胶轮', true],
    ['text without radicals unchanged', '衡阳市2019年政府工作报告', '衡阳市2019年政府工作报告', true],
  ])('%s', (_, input, read, simplified) => {
    expect(unifyRadicals(input, simplified)).toBe(read);
    expect([...unifyRadicals(input, simplified)]).toHaveLength([...input].length);
  });
});
