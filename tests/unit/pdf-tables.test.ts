/**
 * A PDF page's tables from what it draws and how its text stands, without a
 * PDF: pdf.js operator lists as Chromium and other producers write them
 * (borders as thin filled rectangles, stroked lines, a transform), and pieces
 * of text at their positions. Real PDFs printed by Chromium are read in
 * tests/corpus/pdf-tables.test.ts.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { type Rule, pageDrawing } from '../../src/import/pdf-drawing.ts';
import type { Piece } from '../../src/import/pdf-pieces.ts';
import { readTables } from '../../src/import/pdf-tables.ts';

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 4;
const HEIGHT = 600;

/** A piece of Chinese text, an em a character, its baseline at `y` from the top. */
const piece = (text: string, x0: number, y: number, bold = false): Piece => ({
  text,
  x0,
  x1: x0 + [...text].length * 12,
  y,
  size: 12,
  bold,
});
const h = (at: number, from: number, to: number): Rule => ({ axis: 'h', at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ axis: 'v', at, from, to });

describe('what a page draws', () => {
  const rect = (x: number, y: number, w: number, hgt: number) => [
    MOVE,
    x,
    y,
    LINE,
    x + w,
    y,
    LINE,
    x + w,
    y + hgt,
    LINE,
    x,
    y + hgt,
    CLOSE,
  ];
  const ops = (...list: [number, unknown[]][]) => ({ fnArray: list.map(([f]) => f), argsArray: list.map(([, a]) => a) });

  it('reads thin filled rectangles as rules, larger ones as shades, through the transform, top-down', () => {
    const drawing = pageDrawing(
      ops(
        [OPS.save, []],
        [OPS.transform, [2, 0, 0, 2, 10, 20]],
        [OPS.setFillRGBColor, ['#000000']],
        [OPS.constructPath, [OPS.fill, [rect(0, 0, 100, 0.5)], null]],
        [OPS.constructPath, [OPS.fill, [rect(0, 0, 0.5, 40)], null]],
        [OPS.setFillRGBColor, ['#dddddd']],
        [OPS.constructPath, [OPS.fill, [rect(0, 0, 100, 20)], null]],
        [OPS.restore, []],
      ),
      HEIGHT,
    );
    expect(drawing.rules).toEqual([
      { axis: 'h', at: HEIGHT - 20.5, from: 10, to: 210 },
      { axis: 'v', at: 10.5, from: HEIGHT - 100, to: HEIGHT - 20 },
    ]);
    expect(drawing.shades).toEqual([{ x0: 10, x1: 210, y0: HEIGHT - 60, y1: HEIGHT - 20 }]);
  });

  it('reads stroked lines and rectangles as rules; leaves out curves, white paint and clipping paths', () => {
    const drawing = pageDrawing(
      ops(
        [OPS.setStrokeRGBColor, ['#000000']],
        [OPS.constructPath, [OPS.stroke, [[MOVE, 0, 100, LINE, 200, 100]], null]],
        [OPS.constructPath, [OPS.closeStroke, [rect(0, 0, 50, 30)], null]],
        [OPS.constructPath, [OPS.stroke, [[MOVE, 0, 0, CURVE, 10, 10, 20, 10, 30, 0]], null]],
        [OPS.constructPath, [OPS.endPath, [rect(0, 0, 300, 300)], null]],
        [OPS.setStrokeRGBColor, ['#ffffff']],
        [OPS.constructPath, [OPS.stroke, [[MOVE, 0, 50, LINE, 200, 50]], null]],
      ),
      HEIGHT,
    );
    expect(drawing.rules).toEqual([
      h(HEIGHT - 100, 0, 200),
      h(HEIGHT, 0, 50),
      v(50, HEIGHT - 30, HEIGHT),
      h(HEIGHT - 30, 0, 50),
      v(0, HEIGHT - 30, HEIGHT),
    ]);
    expect(drawing.shades).toEqual([]);
  });
});

describe('a table drawn with rules', () => {
  /** Three columns at x 50, 150, 250, 350; rows 100–130–160–190, each border as a producer draws it, cell by cell. */
  const grid = (missing: (r: Rule) => boolean = () => false): Rule[] => {
    const xs = [50, 150, 250, 350];
    const ys = [100, 130, 160, 190];
    const rules: Rule[] = [];
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        rules.push(h(ys[i]!, xs[j]!, xs[j + 1]!), h(ys[i + 1]!, xs[j]!, xs[j + 1]!));
        rules.push(v(xs[j]!, ys[i]!, ys[i + 1]!), v(xs[j + 1]!, ys[i]!, ys[i + 1]!));
      }
    return rules.filter((r) => !missing(r));
  };

  it('gives each piece of text to its cell, the bold first row as the header, a missing rule as a merged cell', () => {
    const pieces = [
      piece('以上。', 50, 220),
      piece('项目', 55, 120, true),
      piece('地点', 155, 120, true),
      piece('投资', 255, 120, true),
      piece('快速路', 55, 150),
      piece('蒸湘区', 155, 150),
      piece('45亿元', 255, 150),
      piece('合计', 55, 180),
      piece('57亿元', 255, 180),
      piece('今年安排项目如下。', 50, 80),
    ];
    // No rule between the last row's first two cells.
    const { rows, tables, doubts } = readTables(pieces, {
      rules: grid((r) => r.axis === 'v' && r.at === 150 && r.from === 160),
      shades: [],
    });
    expect(tables.map(({ rows: r, headerRows, spans }) => ({ rows: r, headerRows, spans }))).toEqual([
      {
        rows: [
          ['项目', '地点', '投资'],
          ['快速路', '蒸湘区', '45亿元'],
          ['合计', '57亿元'],
        ],
        headerRows: 1,
        spans: [{ row: 2, cell: 0, rows: 1, cols: 2 }],
      },
    ]);
    expect(rows.map((r) => r.map((p) => p.text).join(''))).toEqual(['今年安排项目如下。', '以上。']);
    expect(doubts).toEqual([]);
  });

  it('takes a first row shaded where the next is not for the header, and a cell over two lines as one', () => {
    const pieces = [
      piece('项目', 55, 120),
      piece('地点', 155, 120),
      piece('投资', 255, 120),
      piece('城市', 55, 145),
      piece('快速路', 55, 157),
    ];
    pieces.push(
      piece('蒸湘区', 155, 150),
      piece('45亿元', 255, 150),
      piece('污水厂', 55, 180),
      piece('石鼓区', 155, 180),
      piece('12亿元', 255, 180),
    );
    const { tables } = readTables(pieces, { rules: grid(), shades: [{ x0: 50, x1: 350, y0: 100, y1: 130 }] });
    expect(tables[0]!.headerRows).toBe(1);
    expect(tables[0]!.rows[1]).toEqual(['城市快速路', '蒸湘区', '45亿元']);
  });

  it('is a doubt, its text left as rows, where merged cells would not be rectangles', () => {
    const pieces = [piece('甲', 55, 120), piece('乙', 155, 120), piece('丙', 255, 120), piece('丁', 55, 150), piece('戊', 155, 150)];
    // An L-shaped cell: no rule right of the first cell of row 1, none below it.
    const { rows, tables, doubts } = readTables(pieces, {
      rules: grid((r) => (r.axis === 'v' && r.at === 150 && r.from === 100) || (r.axis === 'h' && r.at === 130 && r.from === 150)),
      shades: [],
    });
    expect(tables).toEqual([]);
    expect(doubts).toHaveLength(1);
    expect(doubts[0]!.message).toMatch(/cells that are not rectangles/);
    expect(doubts[0]!.rows).toEqual(rows);
  });

  it('is no table where the rules frame one column of text (a box) or frame no text', () => {
    const box = [h(100, 50, 350), h(130, 50, 350), h(200, 50, 350), v(50, 100, 200), v(350, 100, 200)];
    const text = [piece('专栏1 重点工程', 55, 120), piece('城市快速路建成通车。', 55, 160)];
    expect(readTables(text, { rules: box, shades: [] }).tables).toEqual([]);
    expect(readTables([piece('正文。', 50, 300)], { rules: grid(), shades: [] })).toMatchObject({ tables: [], doubts: [] });
  });
});

describe('a table drawn without rules', () => {
  const line = (y: number, cells: [string, number][], bold = false) => cells.map(([t, x]) => piece(t, x, y, bold));

  it('reads three or more lines whose runs of text stand in the same columns, a wrapped line in its cell', () => {
    const pieces = [
      ...line(80, [['今年安排项目如下，总投资五十七亿元。', 50]]),
      ...line(
        100,
        [
          ['项目', 50],
          ['内容', 150],
          ['投资', 330],
        ],
        true,
      ),
      ...line(121, [
        ['快速路', 50],
        ['新建快速路十二公里，', 150],
        ['45亿元', 330],
      ]),
      ...line(142, [['同步建设管廊', 150]]),
      ...line(163, [
        ['污水厂', 50],
        ['扩建', 150],
        ['12亿元', 330],
      ]),
      ...line(184, [['以上项目年内开工。', 50]]),
    ];
    const { rows, tables, doubts } = readTables(pieces, { rules: [], shades: [] });
    expect(tables.map((t) => ({ rows: t.rows, headerRows: t.headerRows }))).toEqual([
      {
        rows: [
          ['项目', '内容', '投资'],
          ['快速路', '新建快速路十二公里，同步建设管廊', '45亿元'],
          ['污水厂', '扩建', '12亿元'],
        ],
        headerRows: 1,
      },
    ]);
    expect(rows).toHaveLength(2);
    expect(doubts).toEqual([]);
  });

  it('is a doubt where the runs of one line stand in the gaps of another', () => {
    const pieces = [
      ...line(100, [
        ['城市快速路', 50],
        ['蒸湘区', 134],
        ['45亿元', 194],
      ]),
      ...line(121, [
        ['污水处理厂扩建', 50],
        ['石鼓区', 176],
        ['12亿元', 230],
      ]),
      ...line(142, [
        ['风光带', 50],
        ['雁峰区城区段', 100],
        ['38亿元', 200],
      ]),
    ];
    const { rows, tables, doubts } = readTables(pieces, { rules: [], shades: [] });
    expect(tables).toEqual([]);
    expect(doubts.map((d) => d.rows)).toEqual([rows]);
    expect(doubts[0]!.message).toMatch(/columns run into one another/);
  });

  it('leaves two columns of text alone: two runs a line are no table', () => {
    const pieces = Array.from({ length: 8 }, (_, i) => [
      piece('左栏正文左栏正文左栏正文', 50, 100 + i * 21),
      piece('右栏正文右栏正文右栏正文', 220, 100 + i * 21),
    ]).flat();
    expect(readTables(pieces, { rules: [], shades: [] })).toMatchObject({ tables: [], doubts: [] });
  });
});
