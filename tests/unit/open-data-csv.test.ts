/**
 * CSV cells a spreadsheet would run as formulas are neutralised (OWASP's rule);
 * numbers stay numbers. A dataset written piece by piece, as the build streams
 * the large ones, is byte for byte the file written in one piece.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { Dataset, Row } from '../../src/open-data/columns.ts';
import { csvCell, csvPieces, jsonPieces, toCsv, toJson, writePieces } from '../../src/open-data/serialize.ts';

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

describe('a dataset written in pieces', () => {
  const ds: Dataset = {
    id: 'parallels',
    title: '',
    description: '',
    columns: [
      { name: 'a', type: 'text', description: '' },
      { name: 'b', type: 'number', description: '' },
      { name: 'c', type: 'text', description: '', optional: true },
    ],
  };
  const rows: Row[] = Array.from({ length: 7 }, (_, i) => ({
    a: i % 2 ? `段落,"${i}"\n第二行` : '=SUM(A1)',
    b: 0.5 - i,
    c: i % 3 ? null : '衡阳',
  }));

  it.each([1, 2, 3, 7, 100])('in pieces of %i rows is the file in one piece, as the CSV library and JSON.stringify write it', (size) => {
    const names = ds.columns.map((c) => c.name);
    const csv = `\uFEFF${stringify(
      rows.map((r) => names.map((n) => csvCell(r[n]))),
      { header: true, columns: names, record_delimiter: 'unix' },
    )}`;
    expect([...csvPieces(ds, rows, size)].join('')).toBe(csv);
    expect([...jsonPieces(ds, rows, size)].join('')).toBe(`${JSON.stringify(rows, null, 1)}\n`);
    expect(toCsv(ds, rows)).toBe(csv);
  });

  it('with no rows is the header alone, or an empty array', () => {
    expect(toCsv(ds, [])).toBe('\uFEFFa,b,c\n');
    expect(toJson(ds, [])).toBe('[]\n');
  });

  it('is written to a file as its rows are made, without holding them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hy-pieces-'));
    try {
      let made = 0;
      function* lazy(): Generator<Row> {
        for (const r of rows) {
          made++;
          yield r;
        }
      }
      const pieces = csvPieces(ds, lazy(), 2);
      pieces.next();
      // The header is out before any row is made; the first piece of rows needs only two.
      expect(made).toBe(0);
      pieces.next();
      expect(made).toBe(2);
      writePieces(join(dir, 'x.json'), jsonPieces(ds, rows, 3));
      expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8'))).toEqual(rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
