/** The annotation plugin on small report trees: input HTML in, annotated HTML and recorded mentions out. */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { patternsFrom } from '../../../src/annotation/patterns.ts';
import { rehypeAnnotate } from '../../../src/annotation/rehype-annotate.ts';

const patterns = patternsFrom(
  [{ id: 'fang-guan-fu', term: '放管服', variants: [] }],
  [{ id: 'airport', name: '南岳机场', kind: '机场', scope: '市', aliases: [], guards: [] }],
);

function annotate(html: string) {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const before = toString(tree);
  const file = new VFile();
  rehypeAnnotate({ patterns, base: '/hengyang/' })(tree, file);
  expect(toString(tree)).toBe(before);
  return { html: toHtml(tree), mentions: file.data.mentions ?? [] };
}

describe('rehype-annotate', () => {
  it('links every entity mention and a term only at its first occurrence in each section', () => {
    const { html, mentions } = annotate(
      '<h2 id="s1">放管服与南岳机场</h2><p id="s1-p1">深化放管服，放管服再深化；南岳机场扩建，南岳机场通航。</p><h2 id="s2">二</h2><p id="s2-p1">继续放管服。</p>',
    );
    expect(html).toBe(
      '<h2 id="s1">放管服与南岳机场</h2>' +
        '<p id="s1-p1">深化<a href="/hengyang/glossary/fang-guan-fu/" class="term" data-term="fang-guan-fu">放管服</a>，放管服再深化；' +
        '<a href="/hengyang/entities/airport/" class="entity" data-entity="airport">南岳机场</a>扩建，' +
        '<a href="/hengyang/entities/airport/" class="entity" data-entity="airport">南岳机场</a>通航。</p>' +
        '<h2 id="s2">二</h2><p id="s2-p1">继续<a href="/hengyang/glossary/fang-guan-fu/" class="term" data-term="fang-guan-fu">放管服</a>。</p>',
    );
    expect(mentions.map((m) => [m.kind, m.paragraphId, m.sectionId, m.offset, m.marked])).toEqual([
      ['term', 's1-p1', 's1', 2, true],
      ['term', 's1-p1', 's1', 6, false],
      ['entity', 's1-p1', 's1', 13, true],
      ['entity', 's1-p1', 's1', 20, true],
      ['term', 's2-p1', 's2', 2, true],
    ]);
  });

  it('leaves links, page furniture and headings alone, and counts their text in offsets', () => {
    const { html, mentions } = annotate('<p id="p1"><a href="#x">放管服</a><span data-chrome="">南岳机场</span><strong>放管</strong>服与南岳机场</p>');
    expect(html).toBe('<p id="p1"><a href="#x">放管服</a><span data-chrome="">南岳机场</span><strong>放管</strong>服与<a href="/hengyang/entities/airport/" class="entity" data-entity="airport">南岳机场</a></p>');
    expect(mentions.map((m) => m.offset)).toEqual([11]);
  });

  it('matches inside bold text', () => {
    expect(annotate('<p id="p1"><strong>深化放管服。</strong>其余</p>').html).toContain('<strong>深化<a href="/hengyang/glossary/fang-guan-fu/"');
  });
});

describe('indicators and the level of government', () => {
  const indicator = patternsFrom([], [{ id: 'gdp', name: '地区生产总值', kind: '指标', scope: '市', aliases: [], guards: [] }]);
  const run = (path: string) => {
    const tree = fromHtml('<p id="p1">实现地区生产总值175.6亿元。</p>', { fragment: true }) as Root;
    const file = new VFile({ path });
    rehypeAnnotate({ patterns: indicator, base: '/', levels: { 'city-report': '市', 'district-report': '区' } })(tree, file);
    return file.data.mentions!.length;
  };

  it('a district report’s figure is not the city’s indicator', () => {
    expect(run('.generated/reports/city-report.mdx')).toBe(1);
    expect(run('.generated/reports/district-report.mdx')).toBe(0);
  });
});
