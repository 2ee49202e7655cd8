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
 */
import { stringify } from 'csv-stringify/sync';
import type { Dataset, Row } from './columns.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The text a CSV cell holds for a value: formula-safe, booleans as true/false, null as empty. */
export function csvCell(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function toCsv(dataset: Dataset, rows: Row[]): string {
  const names = dataset.columns.map((c) => c.name);
  return `\uFEFF${stringify(
    rows.map((r) => names.map((n) => csvCell(r[n]))),
    { header: true, columns: names, record_delimiter: 'unix' },
  )}`;
}

export function toJson(dataset: Dataset, rows: Row[]): string {
  const names = dataset.columns.map((c) => c.name);
  return `${JSON.stringify(
    rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))),
    null,
    1,
  )}\n`;
}
