/**
 * The downloadable datasets in the built site match their documented columns:
 * the CSV header and the JSON keys are exactly the columns, every value has its
 * column's type, required cells are filled, and CSV and JSON hold the same rows.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATASETS, rowSchema } from '../../src/open-data/columns.ts';

const read = (name: string) => readFileSync(`dist/data/${name}`, 'utf8');

describe.each(DATASETS)('open data: $id', (dataset) => {
  const names = dataset.columns.map((c) => c.name);
  const json = JSON.parse(read(`${dataset.id}.json`)) as Record<string, unknown>[];
  const csv = parse(read(`${dataset.id}.csv`), { bom: true, columns: false }) as string[][];

  it('JSON rows validate against the documented columns', () => {
    expect(json.length).toBeGreaterThan(0);
    const schema = rowSchema(dataset);
    const problems = json.flatMap((row, i) => {
      const r = schema.safeParse(row);
      return r.success ? [] : [`row ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('the CSV has the documented header and the same rows as the JSON', () => {
    expect(csv[0]).toEqual(names);
    const rows = csv.slice(1);
    expect(rows.length).toBe(json.length);
    rows.forEach((cells, i) => {
      const expected = names.map((n) => (json[i]![n] === null ? '' : String(json[i]![n])));
      expect(cells, `row ${i + 1}`).toEqual(expected);
    });
  });
});

describe('open data: what researchers rely on', () => {
  it('every target and figure carries its verbatim quote and a link to its paragraph', () => {
    const targets = JSON.parse(read('targets.json')) as { plan_url: string; plan_quote: string; status: string }[];
    const observations = JSON.parse(read('observations.json')) as { url: string; quote: string; target_id: string }[];
    expect(targets.length).toBeGreaterThanOrEqual(200);
    expect(observations.length).toBeGreaterThanOrEqual(50);
    for (const t of targets) expect(t.plan_url).toMatch(/\/reports\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    for (const o of observations) expect(targets.some((t) => (t as unknown as { id: string }).id === o.target_id)).toBe(true);
  });
});
