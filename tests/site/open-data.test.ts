/**
 * The downloadable datasets in the built site match their documented columns:
 * the CSV header and the JSON keys are exactly the columns, every value has its
 * column's type, required cells are filled, and CSV and JSON hold the same rows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATASETS, rowSchema } from '../../src/open-data/columns.ts';
import { csvCell } from '../../src/open-data/serialize.ts';

const read = (name: string) => readFileSync(`dist/data/${name}`, 'utf8');

/** The Frictionless Data reference library (CommonJS, untyped): what is used of it. */
interface DataPackage {
  valid: boolean;
  errors: Error[];
  descriptor: Record<string, unknown>;
  resources: { name: string; read(options: { keyed: boolean }): Promise<unknown[]> }[];
}
const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: { load(descriptor: string, options: { basePath: string }): Promise<DataPackage> };
};

describe.each(DATASETS)('open data: $id', (dataset) => {
  const names = dataset.columns.map((c) => c.name);
  const json = JSON.parse(read(`${dataset.id}.json`)) as Record<string, unknown>[];
  const csv: string[][] = parse(read(`${dataset.id}.csv`), { bom: true });

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
      const expected = names.map((n) => csvCell(json[i]![n] as string | number | boolean | null));
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
    // With a site URL configured every link is absolute; without one, a site path (the data page says so).
    const absolute = readFileSync('dist/index.html', 'utf8').includes('rel="canonical"');
    for (const t of targets) expect(t.plan_url.startsWith(absolute ? 'http' : '/')).toBe(true);
    for (const o of observations) expect(targets.some((t) => (t as unknown as { id: string }).id === o.target_id)).toBe(true);
  });
});

describe('open data: a researcher can cite it', () => {
  it('documents.csv lists every document, with its printed title, person, date and a GB/T 7714 citation', () => {
    const docs = JSON.parse(read('documents.json')) as { slug: string; title: string; person: string | null; citation: string }[];
    expect(docs.map((d) => d.slug).sort()).toEqual(readdirSync('dist/reports').sort());
    const news = docs.find((d) => d.slug === 'news-2020-results')!;
    expect(news.person).toBe('唐海强');
    expect(news.citation).toMatch(/^唐海强\. 六大关键字展现大城衡阳新业绩\[N/);
    // Every doc a row of another dataset names is in documents.csv.
    const slugs = new Set(docs.map((d) => d.slug));
    for (const o of JSON.parse(read('observations.json')) as { doc: string }[]) expect(slugs.has(o.doc)).toBe(true);
  });

  it('one CSV per target set and per target, each the rows of the whole file for it', () => {
    const targets = JSON.parse(read('targets.json')) as { id: string; set: string }[];
    const figures = JSON.parse(read('figures.json')) as { target_id: string }[];
    for (const set of new Set(targets.map((t) => t.set))) {
      const rows = parse<{ id: string }>(read(`sets/${set}.csv`), { bom: true, columns: true });
      expect(rows.map((r) => r.id)).toEqual(targets.filter((t) => t.set === set).map((t) => t.id));
    }
    for (const t of targets) {
      const rows = parse<{ target_id: string; role: string }>(read(`targets/${t.id}.csv`), { bom: true, columns: true });
      expect(rows.length).toBe(figures.filter((f) => f.target_id === t.id).length);
      expect(rows.some((r) => r.role === 'plan')).toBe(true);
    }
  });

  it('states version, build date and licences, in the page and in datapackage.json', () => {
    const pkg = JSON.parse(read('datapackage.json')) as {
      version: string;
      created: string;
      licenses: { name: string }[];
      resources: { name: string }[];
    };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((r) => r.name)).toEqual(DATASETS.map((d) => d.id));
    const page = read('index.html');
    for (const words of ['著作权法》第五条', 'CC BY 4.0', pkg.version, pkg.created.slice(0, 10), '防公式']) expect(page).toContain(words);
  });

  it('datapackage.json is a valid Data Package (the Frictionless library), each resource a CSV beside it with its schema as header', async () => {
    // The library refuses an absolute resource path ("/data/documents.csv") as unsafe before it validates anything.
    const pkg = await Package.load('dist/data/datapackage.json', { basePath: 'dist/data' });
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const { resources, homepage } = pkg.descriptor as {
      resources: { name: string; path: string; encoding: string; schema: { fields: { name: string }[] } }[];
      homepage?: string;
    };
    // Built without HY_SITE_URL, the site has no address to give: no homepage rather than a site path.
    expect(homepage).toBeUndefined();
    for (const { name, path, encoding, schema } of resources) {
      expect(path).toBe(`${name}.csv`);
      expect(encoding).toBe('utf-8');
      // The files start with a BOM for spreadsheet programs; a reader that honours it sees the schema's names.
      const rows: string[][] = parse(read(path), { bom: true, toLine: 1 });
      expect(rows[0]).toEqual(schema.fields.map((f) => f.name));
    }
  });

  it('every count of entities agrees: home page, entity index, data page and entities.csv', () => {
    const rows = (JSON.parse(read('entities.json')) as unknown[]).length;
    const home = readFileSync('dist/index.html', 'utf8').match(/(\d+)个具名项目/)![1];
    const index = readFileSync('dist/entities/index.html', 'utf8').match(/统计指标，共(\d+)项/)![1];
    const data = read('index.html').match(/项目与指标（entities）<\/h2>\s*<p>[^<]*共(\d+)行/)![1];
    expect([Number(home), Number(index), Number(data)]).toEqual([rows, rows, rows]);
  });
});
