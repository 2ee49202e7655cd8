import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/annotation/matcher.ts';
import { type Pattern, patternsFrom } from '../../../src/annotation/term-patterns.ts';

const patterns = patternsFrom(
  [
    { id: 'san-da', term: '三大攻坚战', variants: [] },
    { id: 'gong-jian', term: '攻坚战', variants: [] },
    { id: 'fang-guan-fu', term: '放管服', variants: ['放管服改革'] },
    { id: 'n135', term: '135', variants: [] },
    { id: 'hospital', term: '人民医院', variants: [] },
  ],
  [
    { id: 'nanyue-district', name: '南岳区', aliases: ['南岳'], guards: ['南岳衡山', '衡阳南岳机场'] },
    { id: 'hengshan-county', name: '衡山县', aliases: ['衡山'], guards: ['南岳衡山'] },
    { id: 'nanyue-airport', name: '南岳机场', aliases: [], guards: [] },
    { id: 'nanyue-diankong', name: '南岳电控', aliases: [], guards: [] },
    { id: 'hengyang-county', name: '衡阳县', aliases: [], guards: ['衡阳县人民医院'] },
    { id: 'chengjiantou', name: '城建投', aliases: [], guards: ['城建投资', '区城建投'] },
  ],
);
const match = createMatcher(patterns);
const found = (text: string) => match(text).map((m) => `${text.slice(m.start, m.end)}→${m.pattern.id}`);

describe('matching terms and names in Chinese text', () => {
  it('takes the longest match: a name inside a longer name is not matched on its own', () => {
    expect(found('南岳机场开通航线，南岳电控扩产，南岳旅游兴旺')).toEqual([
      '南岳机场→nanyue-airport',
      '南岳电控→nanyue-diankong',
      '南岳→nanyue-district',
    ]);
  });

  it('nested terms: the slogan wins over the term inside it', () => {
    expect(found('打好三大攻坚战，打好污染防治攻坚战')).toEqual(['三大攻坚战→san-da', '攻坚战→gong-jian']);
  });

  it('the leftmost match wins over a longer one starting inside it', () => {
    const m = createMatcher(
      patternsFrom([{ id: 'a', term: '衡阳南', variants: [] }], [{ id: 'b', name: '南岳机场', aliases: [], guards: [] }]),
    );
    expect(m('衡阳南岳机场').map((x) => x.pattern.id)).toEqual(['a']);
  });

  it('a guard keeps its own pattern out of a longer, different thing, wherever the guard starts', () => {
    expect(found('游览南岳衡山，建设衡阳县人民医院，衡阳县脱贫')).toEqual(['人民医院→hospital', '衡阳县→hengyang-county']);
    expect(found('城建投资220亿元，区城建投改制，城建投发债')).toEqual(['城建投→chengjiantou']);
  });

  it('a guard vetoes only its own pattern, not another name inside it', () => {
    // 衡阳南岳机场 guards 南岳区, not the airport; 衡阳县人民医院 guards 衡阳县, not 人民医院.
    expect(found('衡阳南岳机场通航')).toEqual(['南岳机场→nanyue-airport']);
    expect(found('衡阳县人民医院')).toEqual(['人民医院→hospital']);
  });

  it('matches inside and outside quotation marks, variants included', () => {
    expect(found('深化“放管服”改革，推进放管服改革')).toEqual(['放管服→fang-guan-fu', '放管服改革→fang-guan-fu']);
  });

  it('a term of digits and symbols only directly inside Chinese quotes', () => {
    expect(found('推进“135”工程，新建1350个，“1135”，“135工程”，"135"')).toEqual(['135→n135']);
  });

  it('gives offsets in UTF-16 code units', () => {
    const [m] = match('𠀀南岳机场');
    expect([m?.start, m?.end]).toEqual([2, 6]);
  });

  it('refuses a string claimed twice', () => {
    const twice: Pattern[] = [
      { text: '综保区', kind: 'entity', id: 'a', guards: [], quotedOnly: false },
      { text: '综保区', kind: 'term', id: 'b', guards: [], quotedOnly: false },
    ];
    expect(() => createMatcher(twice)).toThrow('"综保区" is claimed by entity "a" and term "b"');
    expect(() => createMatcher(patternsFrom([{ id: 'c', term: '放管服', variants: ['放管服'] }], []))).toThrow(
      '"放管服" is claimed by term "c" and term "c"',
    );
  });
});

describe('patterns from the glossary and the registry', () => {
  it('only digits and ASCII symbols make a term quote-only', () => {
    const quoted = patternsFrom([{ id: 't', term: '135', variants: ['1+2+3', '3+3+X', '5G', '321工程'] }], []).map((p) => [
      p.text,
      p.quotedOnly,
    ]);
    expect(quoted).toEqual([
      ['135', true],
      ['1+2+3', true],
      ['3+3+X', false],
      ['5G', false],
      ['321工程', false],
    ]);
  });

  it('an entity’s guards apply to every name; an indicator carries its place', () => {
    const [name, alias, indicator] = patternsFrom(
      [],
      [
        { id: 'nanyue', name: '南岳区', aliases: ['南岳'], guards: ['南岳衡山'], kind: '行政区' },
        { id: 'gdp', name: '地区生产总值', aliases: [], guards: [], kind: '指标', place: 'city' },
      ],
    );
    expect(name).toEqual({ text: '南岳区', kind: 'entity', id: 'nanyue', guards: ['南岳衡山'], quotedOnly: false, entityKind: '行政区' });
    expect(alias?.guards).toEqual(['南岳衡山']);
    expect(indicator?.place).toBe('city');
  });
});
