/**
 * A report's end list of parallels as the page carries it: per paragraph an
 * entry that opens without JavaScript, the text of passages that read alike
 * once under all their places with the shared words marked, the next places
 * as links, the rest counted with a link to the open data; titles escaped and
 * their figures kept on one line.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { ParagraphParallels } from '../../src/views/parallel-views.ts';
import { parallelsEntriesHtml } from '../../src/views/parallels-list-html.ts';

const place = (doc: string, id: string) => ({
  doc,
  docTitle: `<报告> & 2019年${doc}`,
  date: '2019年1月8日',
  section: ['一、工作回顾'],
  id,
  percent: 100,
});

const item: ParagraphParallels = {
  id: 's1-p2',
  opening: '坚决打好污染防治攻坚战…',
  section: ['一、工作回顾'],
  parallels: [
    {
      places: [place('copy-1', 's1-p2'), place('copy-2', 's1-p2')],
      segments: [
        { text: '坚决打好污染防治攻坚战', shared: true },
        { text: '，持续推进。', shared: false },
      ],
    },
  ],
  inFull: 2,
  more: [place('copy-3', 's1-p2')],
  total: 5,
};

/** Elements of `tag` (with `cls` among their classes) below `node`, in document order. */
function all(node: Root | Element, tag: string, cls?: string): Element[] {
  const out: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const classes = child.properties.className ?? [];
    if (child.tagName === tag && (!cls || classes.includes(cls))) out.push(child);
    out.push(...all(child, tag, cls));
  }
  return out;
}

describe("a report's end list of parallels as HTML", () => {
  const tree = fromHtml(parallelsEntriesHtml([item], 'report'), { fragment: true });

  it('writes one entry per paragraph, its anchor, its places and the shared words', () => {
    expect(all(tree, 'details', 'parallels-item')).toHaveLength(1);
    expect(toString(all(tree, 'summary')[0]!)).toBe('一、工作回顾：坚决打好污染防治攻坚战…（5 处）');
    const own = all(tree, 'p', 'parallel-own')[0]!;
    expect(own.properties.id).toBe('parallels-s1-p2');
    expect(all(own, 'a')[0]!.properties.href).toBe('/reports/report/#s1-p2');
    const sources = all(tree, 'p', 'parallel-source').map((p) => all(p, 'a')[0]!.properties.href);
    expect(sources).toEqual(['/reports/copy-1/#s1-p2', '/reports/copy-2/#s1-p2']);
    // The two places read alike: their text is written once.
    expect(all(tree, 'p', 'parallel-text')).toHaveLength(1);
    expect(all(tree, 'mark').map((m) => toString(m))).toEqual(['坚决打好污染防治攻坚战']);
  });

  it('lists the next places by link, counts the rest, and escapes titles with figures on one line', () => {
    const more = all(all(tree, 'ul', 'parallel-more')[0]!, 'a');
    expect(more.map((a) => a.properties.href)).toEqual(['/reports/copy-3/#s1-p2']);
    const hints = all(tree, 'p', 'parallel-more-hint').map((p) => toString(p));
    expect(hints).toEqual(['另有 3 处，按相同字句多少排列：', '其余 2 处见开放数据的 parallels.csv。']);
    expect(toString(more[0]!)).toBe('<报告> & 2019年copy-3 · 一、工作回顾');
    expect(all(more[0]!, 'span', 'nobr').map((s) => toString(s))).toEqual(['2019年']);
  });

  it('keeps the dates and shares of places on one line each (2019年1月8⏎日 broke on a phone)', () => {
    const metas = all(tree, 'span', 'parallel-meta');
    expect(metas.map((m) => toString(m))).toEqual([
      '2019年1月8日 · 相同字句占较短一段的 100%',
      '2019年1月8日 · 相同字句占较短一段的 100%',
      '2019年1月8日 · 100%',
    ]);
    for (const m of metas) expect(all(m, 'span', 'nobr').map((s) => toString(s))).toEqual(['2019年1月8日', '100%']);
  });
});
