/** CSV cells a spreadsheet would run as formulas are neutralised (OWASP's rule); numbers stay numbers. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/open-data/columns.ts';
import { csvCell, toCsv } from '../../src/open-data/serialize.ts';

describe('formula-safe CSV cells', () => {
  it.each(['=1+1', '=HYPERLINK("http://x","y")', '+1-2', "-2+3+cmd|' /C calc'!A0", '@SUM(A1:A2)', '\t=1', '\r=1'])(
    '%j gets a leading apostrophe',
    (v) => {
      expect(csvCell(v)).toBe(`'${v}`);
    },
  );
  it.each([
    ['-3.5', '-3.5'],
    ['+2', '+2'],
    ['-0.5', '-0.5'],
    ['1e-3', '1e-3'],
    ['11:45:44', '11:45:44'],
    ['衡阳', '衡阳'],
    [-12, '-12'],
    [true, 'true'],
    [null, ''],
  ])('%j is written as %j', (v, out) => {
    expect(csvCell(v)).toBe(out);
  });
  it('applies to every column of a written file', () => {
    const ds: Dataset = {
      id: 'targets',
      title: '',
      description: '',
      columns: [
        { name: 'a', type: 'text', description: '' },
        { name: 'b', type: 'number', description: '' },
      ],
    };
    expect(toCsv(ds, [{ a: '=cmd', b: -4.2 }])).toBe("\uFEFFa,b\n'=cmd,-4.2\n");
  });
});
