/**
 * Writes a dataset as CSV (header row, UTF-8 with BOM so spreadsheet programs
 * read the Chinese) or JSON (an array of rows).
 *
 * CSV cells are formula-safe, as OWASP's "CSV Injection" advice has it: a cell
 * starting with =, +, -, @, a tab or a carriage return would be run as a
 * formula by a spreadsheet, so it gets a leading apostrophe ("'=…"), which
 * spreadsheets show as text. A cell that is wholly a plain decimal number
 * ("-3.5", "+2") is no formula and is left as it is, so negative figures stay
 * numbers. JSON is data, not a spreadsheet, and is written unchanged.
 *
 * Both come in pieces of at most CHUNK rows (`csvPieces`, `jsonPieces`), so a
 * large dataset (the parallels of a large corpus, tens of MB) can be written to
 * a file as its rows are made, never held whole as rows or as one string; the
 * pieces joined are exactly the file in one piece (`toCsv`, `toJson`).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { Dataset, Row } from './columns.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Rows per piece: a few MB of text at most. */
const CHUNK = 2000;

/** The text a CSV cell holds for a value: formula-safe, booleans as true/false, null as empty. */
export function csvCell(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

const CSV = { record_delimiter: 'unix' } as const;

/** The CSV file of `rows`: the BOM and header row, then the rows, CHUNK at a time. */
export function* csvPieces(dataset: Dataset, rows: Iterable<Row>, size = CHUNK): Generator<string> {
  const names = dataset.columns.map((c) => c.name);
  yield `\uFEFF${stringify([], { ...CSV, header: true, columns: names })}`;
  for (const chunk of chunks(rows, size))
    yield stringify(
      chunk.map((r) => names.map((n) => csvCell(r[n]))),
      CSV,
    );
}

/** The JSON file of `rows`, an array of objects with exactly the dataset's columns, CHUNK rows at a time. */
export function* jsonPieces(dataset: Dataset, rows: Iterable<Row>, size = CHUNK): Generator<string> {
  const names = dataset.columns.map((c) => c.name);
  let first = true;
  for (const chunk of chunks(rows, size)) {
    const text = JSON.stringify(
      chunk.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))),
      null,
      1,
    );
    // The chunk's rows without its own "[\n" and "\n]", so the pieces make one array.
    yield `${first ? '[\n' : ',\n'}${text.slice(2, -2)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

export const toCsv = (dataset: Dataset, rows: Row[]): string => [...csvPieces(dataset, rows)].join('');

export const toJson = (dataset: Dataset, rows: Row[]): string => [...jsonPieces(dataset, rows)].join('');

/** Writes the pieces to `file` as they come, as UTF-8. */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
