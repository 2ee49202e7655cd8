/**
 * The compare page's "figures that changed" (src/views/compare-views.ts): one entry per indicator whose
 * figure differs between the two sides, each figure with its unit. A year, a date or an ordinal
 * (2018年, 1月8日, 第十五届) is not a figure that changed, and a figure on one side only is not one either.
 */
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/data/site-data.ts';
import type { Parallel } from '../../src/parallels/detect.ts';
import { compareView } from '../../src/views/compare-views.ts';

const doc = (slug: string, issuer: string, year: number) => ({
  slug,
  issuer,
  kind: '政府工作报告',
  display_title: `${issuer}${year}年报告`,
  date: { exact: `${year}-01-08` },
});

/** Two one-paragraph reports set side by side through one parallel between their paragraphs. */
function figuresOf(left: string, right: string) {
  const para = (d: string, text: string) => ({ doc: d, id: 'p1', sectionId: 's0', path: [], text });
  const site = {
    documents: [doc('city', '市政府', 2019), doc('district', '区政府', 2019)],
    index: { paragraphs: [para('city', left), para('district', right)], mentions: [] },
    glossary: [],
    entities: [],
  } as unknown as SiteData;
  const parallels: Parallel[] = [
    { a: { doc: 'city', id: 'p1' }, b: { doc: 'district', id: 'p1' }, share: 0.8, weight: 0.8, runs: [[0, 10, 0, 10]] },
  ];
  return compareView(site, parallels, 'city', 'district').figures.map(({ indicator, left: l, right: r }) => ({
    indicator,
    left: l,
    right: r,
  }));
}

describe('figures that changed, on a compare page', () => {
  it('lists each indicator whose figure changed, with its unit, and no year', () => {
    const figures = figuresOf(
      '2018年全市主要预期目标是：地区生产总值增长8.5%左右，一般公共预算收入增长7.5%左右，固定资产投资增长12%以上，进出口总额增长18%以上。',
      '2019年全区主要预期目标是：地区生产总值增长8.5%左右，区级一般公共预算收入增长5%左右，固定资产投资增长12%左右。',
    );
    expect(figures.map((f) => [f.left, f.right])).toEqual([
      ['7.5%左右', '5%左右'],
      ['12%以上', '12%左右'],
    ]);
    expect(figures[0]!.indicator).toContain('一般公共预算收入');
    expect(figures[1]!.indicator).toContain('固定资产投资');
  });

  it('pairs an indicator written before or after its figure, and leaves dates and ordinals out', () => {
    const figures = figuresOf(
      '1月8日，市第十五届人民代表大会第五次会议提出，各区力争每年引进5个以上亿元产业项目，1个以上“三类500强”企业项目。',
      '4月3日，区第十六届人民代表大会第三次会议提出，本区力争引进亿元产业项目5个以上、“三类500强”企业项目2个以上。',
    );
    expect(figures.map((f) => [f.left, f.right])).toEqual([['1个以上', '2个以上']]);
    expect(figures[0]!.indicator).toContain('三类500强');
  });

  it('never sets a count beside a count of something else, and reads a short list item with its clause', () => {
    const figures = figuresOf(
      '自觉接受人大监督，办理市人大代表议案2件、建议332件，办理市政协提案524件。',
      '自觉接受人大监督，办理区人大代表建议69件、区政协委员提案71件。',
    );
    expect(figures.map((f) => [f.left, f.right])).toEqual([
      ['332件', '69件'],
      ['524件', '71件'],
    ]);
    expect(figures[0]!.indicator).toContain('人大代表');
  });
});
