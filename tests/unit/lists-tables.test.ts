/**
 * Bullet items and tables as a reader gets them: a document tree with a list and a table goes through the
 * converter's MDX and the report's own plugins (renderReport), and the page holds a `<ul>` whose items keep
 * their marks and paragraph ids, a `<table>` with its caption, header cells and a row id each, glossary links
 * inside items and cells, and index entries for each item and row. The whole body is compared with
 * tests/fixtures/lists-tables/output.html (a missing file fails; UPDATE_FIXTURES=1 writes it, to be reviewed).
 * Merged cells keep their spans, from the tree and from a web page's colspan and rowspan.
 */
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/annotation/report-pipeline.ts';
import { patternsFrom } from '../../src/annotation/term-patterns.ts';
import type { DocumentTree } from '../../src/conversion/document-tree.ts';
import { toMdast } from '../../src/conversion/to-mdast.ts';
import { toMdx } from '../../src/conversion/to-mdx.ts';
import { jsxAsHtml, sourceText } from '../../src/core/hast.ts';
import { indexParagraphs } from '../../src/index/paragraphs.ts';
import { documentRecord } from '../helpers/document-record.ts';
import { documentSchema } from '../../src/data/documents-schema.ts';
import { importHtml } from '../../src/import/html.ts';
import { expectGolden } from '../helpers/golden.ts';

const tree: DocumentTree = {
  front: [{ role: 'title', text: '示例市重点工作清单', line: 1 }],
  body: [
    { type: 'heading', kind: 'part', depth: 2, text: '一、民生实事', line: 2 },
    { type: 'paragraph', text: '今年办好以下实事。', line: 3 },
    {
      type: 'list',
      ordered: false,
      line: 4,
      items: [
        { type: 'paragraph', text: '●新建公办幼儿园10所，推进放管服改革', line: 4 },
        { type: 'paragraph', text: '■新增城镇就业4.5万人', line: 5 },
      ],
    },
    {
      type: 'table',
      caption: '表1 主要指标',
      headerRows: 1,
      rows: [
        ['指标', '2019年', '2020年'],
        ['放管服事项', '120项', '200项'],
        ['南岳机场旅客', '30万人次', '60万人次'],
        ['城镇就业', '4.2万人', ''],
      ],
      line: 6,
    },
    { type: 'paragraph', text: '以上实事，年底前全部完成。', line: 7 },
  ],
};

const mdx = toMdx(toMdast(tree), { title: '示例市重点工作清单' });
const rendered = renderReport(mdx, 'fixture', {
  patterns: patternsFrom(
    [{ id: 'fang-guan-fu', term: '放管服', variants: [] }],
    [{ id: 'nanyue-airport', name: '南岳机场', aliases: [], guards: [] }],
  ),
  places: {},
  clauses: [],
  base: '/',
  anchors: new Map(),
});
const html = toHtml(jsxAsHtml(rendered.tree));
/** The page without the no-break spans around figures and the word breaks offered in cells, for the assertions on structure. */
const plain = html.replace(/<span class="nobr">(.*?)<\/span>/g, '$1').replace(/<wbr>/g, '');

describe('lists and tables on the page', () => {
  it('renders the body as the golden file shows', () => {
    expectGolden(join(import.meta.dirname, '..', 'fixtures', 'lists-tables', 'output.html'), `${html}\n`);
  });

  it('keeps each bullet mark as the first character of its item, in a list that shows no marks of its own', () => {
    expect(plain).toMatch(/<ul class="marked"><li><p id="s1-p2">●新建/);
    expect(plain).toContain('<li><p id="s1-p3">■新增城镇就业4.5万人');
  });

  it('gives the table its caption, header cells and an id per row, and a scroll box a keyboard can reach', () => {
    expect(plain).toMatch(
      /<div class="table-scroll" role="region" tabindex="0" aria-label="表1 主要指标"><table><caption id="s1-p4">表1 主要指标/,
    );
    expect(plain).toMatch(/<thead><tr id="s1-p5"><th scope="col">指标<\/th> <th scope="col">2019年<\/th>/);
    expect(plain).toMatch(/<tr id="s1-p8"><td>城镇就业<\/td> <td>4.2万人<\/td> <td><a class="para-link" href="#s1-p8"/);
  });

  it('links a glossary term inside a list item and inside a cell', () => {
    const links = rendered.mentions.map((m) => [m.id, m.paragraphId, m.marked]);
    expect(links).toEqual([
      ['fang-guan-fu', 's1-p2', true],
      ['fang-guan-fu', 's1-p6', false],
      ['nanyue-airport', 's1-p7', true],
    ]);
    expect(plain).toContain('推进<a href="/glossary/fang-guan-fu/" class="term" data-term="fang-guan-fu">放管服</a>改革');
    expect(plain).toContain('<td><a href="/entities/nanyue-airport/" class="entity" data-entity="nanyue-airport">南岳机场</a>旅客</td>');
  });

  it('indexes each item and each row as a paragraph, cells apart, so search lands on it', () => {
    const meta = documentSchema.parse(documentRecord({ title: '示例市重点工作清单', display_title: '示例', description: '示例。' }));
    const paragraphs = indexParagraphs(rendered.tree, meta).filter((p) => !p.heading);
    expect(paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['s1-p1', '今年办好以下实事。'],
      ['s1-p2', '●新建公办幼儿园10所，推进放管服改革'],
      ['s1-p3', '■新增城镇就业4.5万人'],
      ['s1-p4', '表1 主要指标'],
      ['s1-p5', '指标 2019年 2020年'],
      ['s1-p6', '放管服事项 120项 200项'],
      ['s1-p7', '南岳机场旅客 30万人次 60万人次'],
      ['s1-p8', '城镇就业 4.2万人 '],
      ['s1-p9', '以上实事，年底前全部完成。'],
    ]);
    expect(sourceText(rendered.tree).replace(/\s/g, '')).toBe(
      '一、民生实事今年办好以下实事。●新建公办幼儿园10所，推进放管服改革■新增城镇就业4.5万人表1主要指标指标2019年2020年放管服事项120项200项南岳机场旅客30万人次60万人次城镇就业4.2万人以上实事，年底前全部完成。',
    );
  });
});

describe('merged cells', () => {
  it('render with their spans, the text still in reading order', () => {
    const spanned: DocumentTree = {
      front: [{ role: 'title', text: '示例市重点项目', line: 1 }],
      body: [
        {
          type: 'table',
          headerRows: 1,
          rows: [
            ['类别', '项目', '投资'],
            ['交通', '快速路', '45亿元'],
            ['南外环', '28亿元'],
            ['合计', '73亿元'],
          ],
          spans: [
            { row: 1, cell: 0, rows: 2, cols: 1 },
            { row: 3, cell: 0, rows: 1, cols: 2 },
          ],
          line: 2,
        },
      ],
    };
    const out = toHtml(
      jsxAsHtml(
        renderReport(toMdx(toMdast(spanned), { title: '示例市重点项目' }), 'fixture', {
          patterns: patternsFrom([], []),
          places: {},
          clauses: [],
          base: '/',
          anchors: new Map(),
        }).tree,
      ),
    ).replace(/<span class="nobr">(.*?)<\/span>/g, '$1');
    expect(out).toContain('<td rowspan="2">交通</td> <td>快速路</td>');
    expect(out).toMatch(/<tr id="[\w-]+"><td>南外环<\/td> <td>28亿元/);
    expect(out).toContain('<td colspan="2">合计</td> <td>73亿元');
    expect(out.replace(/<[^>]+>|\s|¶/g, '')).toContain('类别项目投资交通快速路45亿元南外环28亿元合计73亿元');
  });

  it('a web page keeps its colspan and rowspan as spans of the imported table', () => {
    const page = `<html><head><title>示例</title></head><body><article><h1>示例市重点项目</h1>
<p>今年安排重点项目如下，总投资七十三亿元，年内全部开工建设，确保按期完成。</p>
<table><tr><th>类别</th><th>项目</th><th>投资</th></tr><tr><td rowspan="2">交通</td><td>快速路</td><td>45亿元</td></tr>
<tr><td>南外环</td><td>28亿元</td></tr><tr><td colspan="2">合计</td><td>73亿元</td></tr></table>
<p>以上项目由市发展和改革委员会统筹调度，各责任单位抓好落实。</p></article></body></html>`;
    const table = importHtml(new TextEncoder().encode(page), 'page.html').blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({
      headerRows: 1,
      spans: [
        { row: 1, cell: 0, rows: 2, cols: 1 },
        { row: 3, cell: 0, rows: 1, cols: 2 },
      ],
    });
  });
});
