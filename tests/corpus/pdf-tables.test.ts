/**
 * A PDF's tables, printed by Chromium from HTML written here and read back by
 * the importer as the build reads them: a ruled table with a header row and
 * a caption, merged cells, a table drawn without rules, a table over a page
 * break (its header repeated on the next page), a page that is mostly table,
 * a two-column page with no table, and tables that cannot be read reliably
 * (text across a ruled edge, columns running into each other), which stay
 * text, whole and in order, with a warning naming the page and the line.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentTree, TableNode } from '../../src/conversion/document-tree.ts';
import { importSource } from '../../src/import/import-source.ts';
import { type ImportedDocument, blockText, importedText } from '../../src/import/imported.ts';
import { importedTree } from '../../src/import/to-tree.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { printHtml } from '../helpers/import-corpus.ts';

const TITLE = '示例市重点项目情况';
const RULED = `table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 0.75pt solid #000; padding: 0.2em 0.5em; text-align: left; }
caption { font-weight: bold; } h1 { font-size: 16pt; text-align: center; margin: 0 0 0.5em; }`;
const BEFORE = '今年安排重点项目四个，总投资一百一十二亿元，项目情况如下表所示。';
const AFTER = '以上项目由市发展和改革委员会统筹调度，年内全部开工建设。';

/** Chromium's printing takes seconds, and much longer on a loaded machine. */
const PRINT_TIMEOUT = 180_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const cell = (tag: 'th' | 'td', text: string, attrs = '') => `<${tag}${attrs}>${text}</${tag}>`;
const htmlRows = (rows: string[][], tag: 'th' | 'td') => rows.map((r) => `<tr>${r.map((c) => cell(tag, c)).join('')}</tr>`).join('');

async function read(body: string, css = RULED, size?: { width: number; height: number }) {
  const pdf = await printHtml(browser, `<h1>${TITLE}</h1>${body}`, { css, ...size });
  const imported = await importSource(pdf, 'content/sources/projects.pdf');
  return { imported, tree: importedTree(imported, TITLE, 'content/sources/projects.pdf') };
}

const tablesOf = (tree: DocumentTree): TableNode[] => tree.body.flatMap((n) => (n.type === 'table' ? [n] : []));
const shapeOf = (t: TableNode) => ({
  caption: t.caption,
  headerRows: t.headerRows,
  rows: t.rows,
  spans: t.spans,
});
/** All the imported text, whitespace aside, in order. */
const allText = (doc: ImportedDocument) => doc.blocks.map(blockText).join('').replace(/\s/g, '');
const bodyTypes = (tree: DocumentTree) => tree.body.map((n) => n.type);

const PROJECTS = [
  ['项目名称', '建设地点', '总投资', '建设年限'],
  ['城市快速路二期', '蒸湘区', '45亿元', '2021-2023'],
  ['污水处理厂扩建', '石鼓区', '12亿元', '2021-2022'],
  ['湘江风光带', '雁峰区', '38亿元', '2020-2023'],
  ['智慧停车场', '珠晖区', '17亿元', '2021'],
];

describe('a table drawn with rules', { timeout: PRINT_TIMEOUT }, () => {
  it('comes back as a table, its bold first row the header, its title line the caption, its columns under 2 em apart', async () => {
    const { imported, tree } = await read(
      `<p>${BEFORE}</p><table><caption>表2 重点项目投资情况</caption><thead>${htmlRows(PROJECTS.slice(0, 1), 'th')}</thead><tbody>${htmlRows(PROJECTS.slice(1), 'td')}</tbody></table><p>${AFTER}</p>`,
    );
    expect(bodyTypes(tree)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tablesOf(tree).map(shapeOf)).toEqual([{ caption: '表2 重点项目投资情况', headerRows: 1, rows: PROJECTS, spans: undefined }]);
    expect(imported.warnings).toEqual([]);
  });

  it('keeps merged cells as spans where a rule is missing, and a two-row header', async () => {
    const { tree } = await read(
      `<p>${BEFORE}</p><table><thead><tr>${cell('th', '类别', ' rowspan="2"')}${cell('th', '指标', ' rowspan="2"')}${cell('th', '数值', ' colspan="2"')}</tr>
<tr>${cell('th', '2020年')}${cell('th', '2021年')}</tr></thead><tbody>
<tr>${cell('td', '经济', ' rowspan="2"')}${cell('td', '地区生产总值')}${cell('td', '3508.1亿元')}${cell('td', '3840.3亿元')}</tr>
<tr>${cell('td', '一般公共预算收入')}${cell('td', '162.3亿元')}${cell('td', '175.6亿元')}</tr>
<tr>${cell('td', '民生')}${cell('td', '新增城镇就业')}${cell('td', '每年4.5万人以上', ' colspan="2"')}</tr></tbody></table><p>${AFTER}</p>`,
    );
    expect(tablesOf(tree).map(shapeOf)).toEqual([
      {
        caption: undefined,
        headerRows: 2,
        rows: [
          ['类别', '指标', '数值'],
          ['2020年', '2021年'],
          ['经济', '地区生产总值', '3508.1亿元', '3840.3亿元'],
          ['一般公共预算收入', '162.3亿元', '175.6亿元'],
          ['民生', '新增城镇就业', '每年4.5万人以上'],
        ],
        spans: [
          { row: 0, cell: 0, rows: 2, cols: 1 },
          { row: 0, cell: 1, rows: 2, cols: 1 },
          { row: 0, cell: 2, rows: 1, cols: 2 },
          { row: 2, cell: 0, rows: 2, cols: 1 },
          { row: 4, cell: 2, rows: 1, cols: 2 },
        ],
      },
    ]);
  });

  it('runs on over a page break as one table, the header row Chromium repeats on the next page dropped as furniture', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      `第${i + 1}号项目`,
      ['蒸湘区', '石鼓区', '雁峰区', '珠晖区'][i % 4]!,
      `${i + 3}亿元`,
      '2021',
    ]);
    const { imported, tree } = await read(
      `<p>${BEFORE}</p><table><thead>${htmlRows(PROJECTS.slice(0, 1), 'th')}</thead><tbody>${htmlRows(rows, 'td')}</tbody></table><p>${AFTER}</p>`,
    );
    const tables = tablesOf(tree);
    expect(tables.map((t) => ({ headerRows: t.headerRows, rows: t.rows }))).toEqual([{ headerRows: 1, rows: [PROJECTS[0], ...rows] }]);
    const origin = imported.blocks.find((b) => b.type === 'table')!.origin;
    expect(origin).toMatch(/^page 1, y [\d.]+ to page [23]$/);
    const repeated = imported.dropped.filter((d) => d.why === 'table header repeated');
    expect(repeated.length).toBeGreaterThan(0);
    for (const d of repeated) expect(d.text).toBe(PROJECTS[0]!.join('\t'));
    expect(bodyTypes(tree)).toEqual(['paragraph', 'table', 'paragraph']);
  });
});

describe('a table drawn without rules', { timeout: PRINT_TIMEOUT }, () => {
  it('is read from its aligned columns: three or more lines whose runs of text stand in the same columns', async () => {
    const { imported, tree } = await read(
      `<p>${BEFORE}</p><table><thead>${htmlRows(PROJECTS.slice(0, 1), 'th')}</thead><tbody>${htmlRows(PROJECTS.slice(1), 'td')}</tbody></table><p>${AFTER}</p>`,
      'table { border-collapse: collapse; } th, td { padding: 0 1.5em 0 0; text-align: left; } h1 { font-size: 16pt; text-align: center; }',
    );
    expect(bodyTypes(tree)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tablesOf(tree).map(shapeOf)).toEqual([{ caption: undefined, headerRows: 1, rows: PROJECTS, spans: undefined }]);
    expect(imported.warnings).toEqual([]);
  });

  it("keeps a cell's wrapped line in its cell", async () => {
    const rows = [
      ['项目', '内容', '投资'],
      ['城市快速路', '新建快速路12公里，改造立交3座，同步建设综合管廊', '45亿元'],
      ['污水处理厂', '扩建处理能力每日10万吨', '12亿元'],
      ['湘江风光带', '建设滨江步道', '38亿元'],
    ];
    const { tree } = await read(
      `<table><tbody>${htmlRows(rows, 'td')}</tbody></table><p>${AFTER}</p>`,
      'table { border-collapse: collapse; } td { padding: 0 1.5em 0 0; vertical-align: top; } td:nth-child(2) { width: 12em; } h1 { font-size: 16pt; text-align: center; }',
    );
    expect(tablesOf(tree).map((t) => t.rows)).toEqual([rows]);
  });
});

describe('tables and columns of the page', { timeout: PRINT_TIMEOUT }, () => {
  it.each([
    ['drawn with rules', RULED],
    ['set in columns', 'td, th { padding: 0 1.5em 0 0; text-align: left; } h1 { font-size: 16pt; text-align: center; }'],
  ])('a small page that is mostly a table %s is not read as two columns', async (_, css) => {
    const rows = Array.from({ length: 12 }, (_, i) => [`项目${i + 1}`, `${i + 10}亿元`, `${2020 + (i % 3)}年`]);
    const { imported, tree } = await read(`<p>${BEFORE}</p><table><tbody>${htmlRows(rows, 'td')}</tbody></table><p>${AFTER}</p>`, css, {
      width: 105,
      height: 148,
    });
    expect(bodyTypes(tree)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tablesOf(tree)[0]!.rows).toEqual(rows);
    expect(tree.body[0]).toMatchObject({ text: BEFORE });
    expect(tree.body[2]).toMatchObject({ text: AFTER });
    expect(imported.warnings).toEqual([]);
  });

  it('a two-column page with no table stays two columns, left column first', async () => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) =>
        `第${'一二三四五六七八'[i]}，坚持稳中求进工作总基调，推动经济高质量发展，全年地区生产总值增长${i + 3}.5%，一般公共预算收入增长${i + 2}%，城乡居民收入稳步增长，各项社会事业全面进步。`,
    );
    const { imported, tree } = await read(
      paragraphs.map((p) => `<p>${p}</p>`).join(''),
      'body { columns: 2; column-gap: 8mm; text-align: justify; } h1 { column-span: all; font-size: 16pt; text-align: center; }',
      { width: 210, height: 297 },
    );
    expect(tablesOf(tree)).toEqual([]);
    expect(tree.body.map((n) => (n.type === 'paragraph' ? n.text : n.type))).toEqual(paragraphs);
    expect(imported.warnings).toEqual([]);
  });
});

describe('a table that cannot be read reliably', { timeout: PRINT_TIMEOUT }, () => {
  it('text running across a ruled cell edge: the rows stay text, whole and in order, with a warning naming the page and the line', async () => {
    const rows = [
      ['项目', '地点', '投资'],
      ['城市快速路二期', '蒸湘区', '45亿元'],
      ['污水处理厂', '石鼓区', '12亿元'],
    ];
    const { imported, tree } = await read(
      `<p>${BEFORE}</p><table><tbody>${htmlRows(rows, 'td')}</tbody></table><p>${AFTER}</p>`,
      // The first column's text runs a little past its edge; the second column's, set right, stays clear of it.
      `${RULED} table { table-layout: fixed; width: 80mm; } td { white-space: nowrap; overflow: visible; } td:nth-child(2) { text-align: right; }`,
    );
    expect(tablesOf(tree)).toEqual([]);
    expect(allText(imported)).toContain([BEFORE, ...rows.flat(), AFTER].join(''));
    const warning = imported.warnings.find((w) => /runs across a ruled cell edge/.test(w.message));
    expect(warning?.origin).toMatch(/^page 1, y [\d.]+$/);
    expect(warning?.message).toMatch(/kept as lines of text, in order; check the page\.$/);
    const lines = importedText(imported).text.split('\n');
    expect(lines[warning!.line! - 1]!.replace(/\s/g, '')).toBe(rows[0]!.join(''));
  });

  it('lines set in columns that run into one another: each a block of its own, with a warning', async () => {
    // Three runs of text an em or more apart on each line, but a run of one line stands in the gap of another.
    const lines = [
      ['城市快速路', '蒸湘区', '45亿元'],
      ['污水处理厂扩建工程', '石鼓区', '12亿元'],
      ['湘江风光带', '雁峰区城区段', '38亿元'],
    ];
    const offsets = [
      [0, 7, 12],
      [0, 10.5, 15],
      [0, 6.5, 14],
    ];
    const body = lines
      .map(
        (l, i) =>
          `<p style="text-indent: 0; position: relative; height: 1.75em">${l.map((t, k) => `<span style="position: absolute; left: ${offsets[i]![k]}em">${t}</span>`).join('')}</p>`,
      )
      .join('');
    const { imported, tree } = await read(`<p>${BEFORE}</p>${body}<p>${AFTER}</p>`);
    expect(tablesOf(tree)).toEqual([]);
    const texts = importedText(imported).text.split('\n');
    for (const l of lines) expect(texts.map((t) => t.replace(/\s/g, ''))).toContain(l.join(''));
    const warning = imported.warnings.find((w) => /columns run into one another/.test(w.message));
    expect(warning?.origin).toMatch(/^page 1, y [\d.]+$/);
    expect(texts[warning!.line! - 1]!.replace(/\s/g, '')).toBe(lines[0]!.join(''));
  });
});
