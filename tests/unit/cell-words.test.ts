/** A report table's cells offer a line break between their words and nowhere else (rehype-cell-words). */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { rehypeCellWords } from '../../src/annotation/rehype-cell-words.ts';
import { rehypeFigureNobr } from '../../src/annotation/rehype-figure-nobr.ts';
import { transformReportHtml } from './annotation/annotate-html.ts';

const TABLE = `<div class="table-scroll"><table><caption id="s1-p2">表1 2021年重点项目安排</caption>
<thead><tr><th>类别</th><th>项目名称</th><th>建设地点</th></tr></thead>
<tbody><tr id="s1-p3"><td>交通</td><td>城市快速路二期</td><td>蒸湘区，总投资45亿元<a class="para-link" href="#s1-p3" data-chrome=""></a></td></tr></tbody></table></div>
<p id="s1-p4">城市快速路二期工程建设</p>`;

const run = (html: string) =>
  transformReportHtml(html, (tree) => {
    rehypeFigureNobr()(tree);
    rehypeCellWords()(tree);
  });

/** Each cell's text with ⏎ where a break is offered. */
const offered = (html: string) =>
  [...fromHtml(html, { fragment: true }).children].flatMap(function cells(node): string[] {
    if (node.type !== 'element') return [];
    if (node.tagName === 'td' || node.tagName === 'th')
      return [
        toHtml(node.children)
          .replace(/<wbr>/gu, '⏎')
          .replace(/<[^>]+>/gu, ''),
      ];
    return node.children.flatMap(cells);
  });

describe('table cells', () => {
  it('offer a break between two words, never inside one, and change no character', () => {
    const { tree } = run(TABLE);
    const html = toHtml(tree);
    expect(toString(tree)).toBe(toString(fromHtml(TABLE, { fragment: true })));
    expect(offered(html)).toEqual(['类别', '项目⏎名称', '建设⏎地点', '交通', '城市⏎快速路二期', '蒸湘区，总投资45亿元']);
  });

  it('leave a figure kept whole, the ¶ link and the text outside tables alone', () => {
    const html = toHtml(run(TABLE).tree);
    expect(html).toContain('<span class="nobr">45亿元</span>');
    expect(html).toContain('<a class="para-link" href="#s1-p3" data-chrome=""></a>');
    expect(html).toContain('<p id="s1-p4">城市快速路二期工程建设</p>');
  });
});
