import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/annotation/matcher.ts';
import { type Pattern, patternsFrom } from '../../../src/annotation/patterns.ts';

const patterns = patternsFrom(
  [
    { id: 'san-da', term: '三大攻坚战', variants: [] },
    { id: 'gong-jian', term: '攻坚战', variants: [] },
    { id: 'fang-guan-fu', term: '放管服', variants: ['放管服改革'] },
    { id: 'n135', term: '135', variants: [] },
  ],
  [
    { id: 'nanyue-district', name: '南岳区', kind: '行政区', scope: '市', aliases: ['南岳'], guards: ['南岳衡山'] },
    { id: 'nanyue-airport', name: '南岳机场', kind: '行政区', scope: '市', aliases: [], guards: [] },
    { id: 'nanyue-diankong', name: '南岳电控', kind: '行政区', scope: '市', aliases: [], guards: [] },
    { id: 'hengyang-county', name: '衡阳县', kind: '行政区', scope: '市', aliases: [], guards: ['衡阳县人民医院'] },
  ],
);
const match = createMatcher(patterns);
const found = (text: string) => match(text).map((m) => `${text.slice(m.start, m.end)}→${m.pattern.id}`);

describe('matching terms and names in Chinese text', () => {
  it('takes the longest match: a name inside a longer name is not matched on its own', () => {
    expect(found('南岳机场开通航线，南岳电控扩产，南岳旅游兴旺')).toEqual(['南岳机场→nanyue-airport', '南岳电控→nanyue-diankong', '南岳→nanyue-district']);
  });

  it('nested terms: the slogan wins over the term inside it', () => {
    expect(found('打好三大攻坚战，打赢精准脱贫攻坚战')).toEqual(['三大攻坚战→san-da', '攻坚战→gong-jian']);
  });

  it('guards keep a name out of a longer, different thing', () => {
    expect(found('游览南岳衡山，建设衡阳县人民医院，衡阳县脱贫')).toEqual(['衡阳县→hengyang-county']);
  });

  it('matches inside and outside quotation marks, variants included', () => {
    expect(found('深化“放管服”改革，推进放管服改革')).toEqual(['放管服→fang-guan-fu', '放管服改革→fang-guan-fu']);
  });

  it('a numeric term only inside quotes', () => {
    expect(found('推进“135”工程，新建1350个，“1135”')).toEqual(['135→n135']);
  });

  it('refuses a string claimed twice', () => {
    const twice: Pattern[] = [
      { text: '综保区', kind: 'entity', id: 'a', guards: [], quotedOnly: false },
      { text: '综保区', kind: 'term', id: 'b', guards: [], quotedOnly: false },
    ];
    expect(() => createMatcher(twice)).toThrow('"综保区" is claimed by entity "a" and term "b"');
  });
});
