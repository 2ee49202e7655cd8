/**
 * A justified line that stopped short of the width because what would have come next could not be split from what
 * follows it: a figure kept whole (`…是` / `2021年…`), or a last character pushed down with a closing mark that may not
 * open a line (`…比` / `重，…`). Printed fonts set figures a little wider than the half em they are measured at, so such a
 * line may measure exactly as full as the width with what it left for the next line: it is a line inside a paragraph,
 * not a first line whose indent the extraction dropped. The layout is the one `detectLayout` reads off a long justified
 * text whose inner lines are never two em short (`exact`); a text this short shows too few lines for that on its own.
 */
import { describe, expect, it } from 'vitest';
import { type Layout, reflow, splitLines } from '../../src/conversion/reflow.ts';

const justified: Layout = {
  wrapped: true,
  width: 24,
  measure: 'width',
  fullFrom: 23.5,
  precise: true,
  exact: true,
  hangs: false,
  flushFirstLines: false,
  indents: false,
  keepsWords: true,
  pieces: false,
  leadsFlush: true,
  blanksMark: false,
  marksDropped: false,
};

const blocks = (text: string) => reflow(splitLines(text), justified).map((b) => b.text);

describe('a line stopped short by what it could not split from the next line', () => {
  it('goes on into the next line, where the figure or the pushed-down character would have filled it exactly', () => {
    const text = [
      '（一）产业发展',
      '全年完成工业投资三百亿元，比上年增长两成，是',
      '2021年的1.58倍，其中技术改造投资占工业投资比',
      '重，新增规模以上工业企业五十二家，全市规模工业增',
      '加值增长百分之七点五，高新技术产业增加值占比提高',
      '一点二个百分点，产业链供应链更加稳定。',
    ].join('\n');
    expect(blocks(text)).toEqual([
      '（一）产业发展',
      '全年完成工业投资三百亿元，比上年增长两成，是2021年的1.58倍，其中技术改造投资占工业投资比重，新增规模以上工业企业五十二家，全市规模工业增加值增长百分之七点五，高新技术产业增加值占比提高一点二个百分点，产业链供应链更加稳定。',
    ]);
  });
});
