/** Writes a dataset as CSV (header row, UTF-8 with BOM so spreadsheet programs read the Chinese) or JSON (an array of rows). */
import { stringify } from 'csv-stringify/sync';
import type { Dataset, Row } from './columns.ts';

export function toCsv(dataset: Dataset, rows: Row[]): string {
  const names = dataset.columns.map((c) => c.name);
  return `\uFEFF${stringify(rows.map((r) => names.map((n) => r[n] ?? '')), { header: true, columns: names, cast: { boolean: (b) => String(b) }, record_delimiter: 'unix' })}`;
}

export function toJson(dataset: Dataset, rows: Row[]): string {
  const names = dataset.columns.map((c) => c.name);
  return `${JSON.stringify(rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))), null, 1)}\n`;
}
