/** The annotation plugin beyond the fixtures: the base path, indicators' places, and a property test on random reports. */
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { patternsFrom } from '../../../src/annotation/term-patterns.ts';
import { annotateHtml, paragraphTexts } from './annotate-html.ts';

describe('links', () => {
  it('start with the site base path', () => {
    const patterns = patternsFrom(
      [{ id: 'fang-guan-fu', term: '放管服', variants: [] }],
      [{ id: 'airport', name: '南岳机场', aliases: [], guards: [] }],
    );
    expect(annotateHtml('<p id="p1">放管服，南岳机场</p>', patterns, { base: '/' }).html).toBe(
      '<p id="p1"><a href="/glossary/fang-guan-fu/" class="term" data-term="fang-guan-fu">放管服</a>，<a href="/entities/airport/" class="entity" data-entity="airport">南岳机场</a></p>',
    );
  });
});

describe('indicators and places', () => {
  const indicator = patternsFrom([], [{ id: 'gdp', name: '地区生产总值', aliases: [], guards: [], kind: '指标', place: 'city' }]);
  const places = { 'city-report': 'city', 'district-report': 'district', 'other-city-report': null };
  const count = (options: { documentSlug?: string }, path?: string) =>
    annotateHtml('<p id="p1">实现地区生产总值175.6亿元。</p>', indicator, { places, ...options }, path).mentions.length;

  it('a district report’s figure is not the city’s indicator', () => {
    expect(count({ documentSlug: 'city-report' })).toBe(1);
    expect(count({ documentSlug: 'district-report' })).toBe(0);
  });

  it('takes the document from the file name when no slug is given (Astro passes the .mdx path)', () => {
    expect(count({}, '/site/.generated/reports/city-report.mdx')).toBe(1);
    expect(count({}, '/site/.generated/reports/district-report.mdx')).toBe(0);
  });

  it('a report of a place outside the registry links no indicator', () => {
    expect(count({ documentSlug: 'other-city-report' })).toBe(0);
  });

  it('links an indicator in a document not listed', () => {
    expect(count({ documentSlug: 'unlisted' })).toBe(1);
  });
});

describe('on random reports', () => {
  const patterns = patternsFrom(
    [
      { id: 'three-battles', term: '三大攻坚战', variants: [] },
      { id: 'battle', term: '攻坚战', variants: [] },
      { id: 'fang-guan-fu', term: '放管服', variants: ['放管服改革'] },
      { id: 'n135', term: '135', variants: [] },
      { id: 'hospital', term: '人民医院', variants: [] },
    ],
    [
      { id: 'nanyue-district', name: '南岳区', aliases: ['南岳'], guards: ['南岳衡山'] },
      { id: 'nanyue-airport', name: '南岳机场', aliases: [], guards: [] },
      { id: 'hengyang-county', name: '衡阳县', aliases: [], guards: ['衡阳县人民医院'] },
    ],
  );
  // Whole names, pieces of names, guards, quotes and digits, so matches meet every kind of boundary.
  const words = [
    '三大攻坚战',
    '攻坚',
    '战',
    '放管服',
    '放管',
    '服',
    '改革',
    '“',
    '”',
    '135',
    '1',
    '南岳',
    '机场',
    '衡山',
    '衡阳县',
    '人民医院',
    '，',
    '。',
    '𠀀',
  ];
  const wrappers = [
    (s: string) => s,
    (s: string) => `<strong>${s}</strong>`,
    (s: string) => `<em>${s}</em>`,
    (s: string) => `<a href="#n">${s}</a>`,
    (s: string) => `<span data-chrome="">${s}</span>`,
    (s: string) => `${s}<br>`,
  ];

  /** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
  }

  function report(seed: number): string {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const paragraph = (id: string) => {
      const pieces = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(words));
      // Wrap runs of one to three pieces so formatting and links cut through names.
      let html = '';
      for (let i = 0; i < pieces.length;) {
        const n = 1 + Math.floor(next() * 3);
        html += (next() < 0.6 ? wrappers[0]! : pick(wrappers))(pieces.slice(i, i + n).join(''));
        i += n;
      }
      return `<p id="${id}">${html}</p>`;
    };
    const blocks: string[] = [];
    for (let s = 1; s <= 3; s++) {
      blocks.push(`<h2 id="s${s}">${pick(words)}</h2>`);
      for (let p = 1; p <= 3; p++) blocks.push(paragraph(`s${s}-p${p}`));
      if (next() < 0.5) blocks.push(`<aside id="box-${s}"><h5 id="box-${s}-title">${pick(words)}</h5>${paragraph(`box-${s}-p1`)}</aside>`);
    }
    return blocks.join('\n');
  }

  /** The text of each link the annotator made, and whether any link ended up inside another. */
  const newLinks = (tree: Root): { texts: string[]; nested: boolean } => {
    const texts: string[] = [];
    let nested = false;
    const visit = (node: Root | RootContent, inLink: boolean) => {
      const isLink = node.type === 'element' && node.tagName === 'a';
      if (isLink) {
        nested ||= inLink;
        if (node.properties.dataTerm || node.properties.dataEntity) texts.push(toString(node));
      }
      if ('children' in node) for (const c of node.children) visit(c, inLink || isLink);
    };
    visit(tree, false);
    return { texts, nested };
  };

  it('never changes the text, and each mention and link is the text at its place', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = report(seed);
      const { tree, mentions } = annotateHtml(input, patterns);
      const texts = paragraphTexts(tree);
      // One comparison per seed: the whole outcome, so a failure shows its seed and everything that differs.
      expect({
        seed,
        text: toString(tree),
        atOffsets: mentions.map((m) => texts.get(m.paragraphId)?.slice(m.offset, m.offset + m.text.length)),
        links: newLinks(tree),
      }).toEqual({
        seed,
        text: toString(fromHtml(input, { fragment: true })),
        atOffsets: mentions.map((m) => m.text),
        links: { texts: mentions.filter((m) => m.marked).map((m) => m.text), nested: false },
      });
    }
  });
});
