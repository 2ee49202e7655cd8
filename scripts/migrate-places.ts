/**
 * One-off migration of content/ to the content model that knows places
 * (issue 27, item 2), kept so the change can be read and re-run on a copy:
 * `node scripts/migrate-places.ts [contentDir]`.
 *
 * - documents.yaml: `place` from the issuer (the last registered place its
 *   name contains, with or without its 市/区/县), else the city for a 市 document.
 * - entities: 衡阳市 becomes a place entity; every indicator gets the place
 *   whose figure it is (its scope 市: the city).
 * - glossary: the terms of category 统计指标 that are indicators move to the
 *   indicator registry (merged into the indicator that has another page for
 *   them, or added), their old pages listed in content/moved.yaml; the rest
 *   become 经济术语.
 * - targets: `indicator` (the plan's wording) becomes `name`, and `indicator`
 *   the id of the one indicator entity it names; `scope` becomes `place` and a
 *   `qualifier` (市城区, 中心城区 …).
 *
 * Before writing, it records every count and quote of the old content in
 * tests/fixtures/migration/places-before.json, which
 * tests/unit/places-migration.test.ts compares with the content as it is.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Document, isMap, isScalar, isSeq, Pair, parse, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Entity } from '../src/data/entity-schema.ts';
import { isDenominator } from '../src/zh/compounds.ts';
import { paths } from './paths.ts';

const contentDir = process.argv[2] ?? paths.content;
const fixture = process.argv[3] ?? join(paths.root, 'tests/fixtures/migration/places-before.json');

/** The old content as plain data: the schemas already describe the new one. */
type Raw = Record<string, unknown> & { id: string };
const readRaw = (path: string) => (parse(readFileSync(join(contentDir, path), 'utf8')) as Raw[] | null) ?? [];
const registryFiles = readdirSync(join(contentDir, 'entities')).filter(
  (f) => f.endsWith('.yaml') && !['stoplist.yaml', 'common-words.yaml'].includes(f),
);
const entities = registryFiles
  .flatMap((f) => readRaw(join('entities', f)))
  .map((e) => ({ aliases: [], guards: [], parts: [], senses: [], related: [], exceptions: [], ...e, file: '' }) as unknown as Entity);
const terms = readRaw('glossary/terms.yaml') as unknown as {
  id: string;
  term: string;
  variants?: string[];
  category: string;
  definition: string;
  basis: 'public record' | { doc: string; quote: string };
}[];
const docTitle = (slug: string) =>
  (readRaw('documents.yaml').find((d) => d['slug'] === slug)?.['display_title'] as string | undefined) ?? slug;
const targetFiles = readdirSync(join(contentDir, 'targets'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** The city: its entity, added to the place registry. */
const CITY = { id: 'hengyang-city', name: '衡阳市' };

/** Glossary terms of 统计指标 that are indicators: merged into an existing indicator, or added as one. */
const MOVED_TERMS: Record<string, { into: string } | { add: { id: string; place: string; scope: '市' | '区' } }> = {
  'hu-ji-ren-kou-cheng-zhen-hua-lv': { into: 'household-urbanization-rate' },
  'gui-mo-gong-ye': { into: 'industrial-value-added' },
  'qu-ji-yi-ban-gong-gong-yu-suan-shou-ru': { add: { id: 'district-budget-revenue', place: 'shigu-district', scope: '区' } },
};

function write(path: string, doc: Document, src: string): void {
  // Keep each file's own flow-map padding and sequence indentation, so the diff shows only what changed.
  const padded = /\{ \S/.test(src);
  const flush = src.match(/^( *)[a-z_]+:\n\1- /gm)?.length ?? 0;
  const indented = src.match(/^( *)[a-z_]+:\n\1 {2}- /gm)?.length ?? 0;
  const indentSeq = indented > flush;
  writeFileSync(path, doc.toString({ lineWidth: 0, flowCollectionPadding: padded, indentSeq }));
}

function edit(path: string, change: (doc: Document) => void): void {
  const src = readFileSync(path, 'utf8');
  const doc = parseDocument(src);
  change(doc);
  write(path, doc, src);
}

/** Replaces the pair `key` of a map by `pairs` at its position. */
function replacePair(map: YAMLMap, key: string, pairs: [string, unknown][]): void {
  const i = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (i < 0) throw new Error(`no "${key}" to replace`);
  map.items.splice(i, 1, ...pairs.map(([k, v]) => new Pair(new Scalar(k), new Scalar(v))));
}

/** Inserts `pairs` after the pair `key`. */
function insertAfter(map: YAMLMap, key: string, pairs: [string, unknown][]): void {
  const i = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  map.items.splice(i + 1, 0, ...pairs.map(([k, v]) => new Pair(new Scalar(k), new Scalar(v))));
}

/**
 * The rule the tracker used to tie a target to indicator entities by its wording, kept here where it
 * is used once, to write the ids: an indicator whose name or alias the wording contains (not as a
 * denominator, 占GDP比重), unless one of its guards does too, and not one inside a longer match.
 */
function indicatorMatches(wording: string): Entity[] {
  const found: { entity: Entity; start: number; end: number }[] = [];
  for (const entity of entities.filter((e) => e.kind === '指标')) {
    if (entity.guards.some((g) => wording.includes(g))) continue;
    const name = [entity.name, ...entity.aliases]
      .filter((n) => wording.includes(n) && !isDenominator(wording, wording.indexOf(n), wording.indexOf(n) + n.length))
      .sort((a, b) => b.length - a.length)[0];
    if (name) found.push({ entity, start: wording.indexOf(name), end: wording.indexOf(name) + name.length });
  }
  return found
    .filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .map((m) => m.entity);
}

const placeEntities = [{ id: CITY.id, name: CITY.name }, ...entities.filter((e) => e.kind === '行政区')];

/** The place a document is of, from its issuer. */
function documentPlace(issuer: string, level: string): string {
  const found = placeEntities
    .flatMap((e) =>
      [e.name, e.name.replace(/[市区县]$/u, '')].filter((n) => n.length >= 2).map((n) => ({ e, end: issuer.lastIndexOf(n) + n.length })),
    )
    .filter((x) => x.end > 0 && issuer.includes(x.e.name.slice(0, 2)))
    .sort((a, b) => b.end - a.end)[0];
  if (found) return found.e.id;
  if (level === '市') return CITY.id;
  throw new Error(`no registered place in issuer "${issuer}"`);
}

/** A scope as written before (全市, 市城区, 石鼓区) as a place and qualifier. */
function placeOf(scope: string): [string, unknown][] {
  if (scope === '全市') return [['place', CITY.id]];
  const entity = placeEntities.find((e) => e.name === scope);
  if (entity) return [['place', entity.id]];
  return [
    ['place', CITY.id],
    ['qualifier', scope],
  ];
}

// Every count and quote before: the test compares the content after with these.
const targets = targetFiles.flatMap((f) => readRaw(join('targets', f)).map((t) => ({ file: f, ...t })));
mkdirSync(dirname(fixture), { recursive: true });
writeFileSync(
  fixture,
  `${JSON.stringify(
    {
      documents: readRaw('documents.yaml').map((d) => d['slug']),
      glossary: terms.map((t) => ({ id: t.id, term: t.term, variants: t.variants ?? [], category: t.category })),
      entities: entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases })),
      targets,
    },
    null,
    1,
  )}\n`,
);

edit(join(contentDir, 'documents.yaml'), (doc) => {
  for (const item of (doc.contents as YAMLSeq<YAMLMap>).items) {
    insertAfter(item, 'level', [['place', documentPlace(String(item.get('issuer')), String(item.get('level')))]]);
  }
});

const glossaryPath = join(contentDir, 'glossary/terms.yaml');
const movedTerms = terms.filter((t) => t.id in MOVED_TERMS);
edit(glossaryPath, (doc) => {
  const seq = doc.contents as YAMLSeq<YAMLMap>;
  seq.items = seq.items.filter((item) => !(String(item.get('id')) in MOVED_TERMS));
  for (const item of seq.items) if (item.get('category') === '统计指标') item.set('category', '经济术语');
});

const moved: { from: string; to: string; reason: string }[] = [];
edit(join(contentDir, 'entities/indicators.yaml'), (doc) => {
  const seq = doc.contents as YAMLSeq<YAMLMap>;
  for (const item of seq.items) if (item.get('scope') === '市') insertAfter(item, 'scope', [['place', CITY.id]]);
  for (const term of movedTerms) {
    const how = MOVED_TERMS[term.id]!;
    const forms = [term.term, ...(term.variants ?? [])];
    if ('into' in how) {
      const item = seq.items.find((i) => i.get('id') === how.into);
      if (!item) throw new Error(`no indicator "${how.into}" to merge "${term.id}" into`);
      const aliases = item.get('aliases') as YAMLSeq;
      for (const f of forms) aliases.add(doc.createNode(f));
      moved.push({ from: `glossary/${term.id}/`, to: `entities/${how.into}/`, reason: `术语“${term.term}”与指标为同一指标，已并入指标页` });
    } else {
      // The source's own definition where it gives one, else the glossary's.
      const basis = term.basis === 'public record' ? undefined : term.basis;
      const node = doc.createNode({
        id: how.add.id,
        name: term.term,
        kind: '指标',
        aliases: term.variants ?? [],
        scope: how.add.scope,
        place: how.add.place,
        description: basis ? `${docTitle(basis.doc)}释义：“${basis.quote}”。` : term.definition,
        related: [how.add.place],
      });
      for (const key of ['aliases', 'related']) (node.get(key) as YAMLSeq).flow = true;
      seq.add(node);
      moved.push({ from: `glossary/${term.id}/`, to: `entities/${how.add.id}/`, reason: `术语“${term.term}”是统计指标，已移入指标登记` });
    }
  }
});

// Names the merged terms claimed inside a longer indicator's name must not be taken by the shorter one (城镇化率 in 户籍人口城镇化率).
edit(join(contentDir, 'entities/indicators.yaml'), (doc) => {
  const seq = doc.contents as YAMLSeq<YAMLMap>;
  for (const term of movedTerms)
    for (const form of [term.term, ...(term.variants ?? [])])
      for (const item of seq.items) {
        const names = [
          String(item.get('name')),
          ...((item.get('aliases') as YAMLSeq | undefined)?.items ?? []).map((n) => String(isScalar(n) ? n.value : n)),
        ];
        if (names.includes(form) || !names.some((n) => form.includes(n))) continue;
        const guards = item.get('guards') as YAMLSeq | undefined;
        if (guards && !guards.items.some((g) => isScalar(g) && g.value === form)) guards.add(doc.createNode(form));
      }
});

edit(join(contentDir, 'entities/places-new-towns.yaml'), (doc) => {
  const seq = doc.contents as YAMLSeq<YAMLMap>;
  const node = doc.createNode({
    id: CITY.id,
    name: CITY.name,
    kind: '行政区',
    aliases: [],
    scope: '市',
    guards: [],
    description: '本站所收市级规划、报告和解读所述的地级市，2019年报告提出加快建设名副其实的省域副中心城市和最美地级市。',
    related: [],
  }) as YAMLMap;
  for (const key of ['aliases', 'guards', 'related']) (node.get(key) as YAMLSeq).flow = true;
  seq.items.unshift(node);
});

writeFileSync(
  join(contentDir, 'moved.yaml'),
  `# Published pages that went away, each leading to the page that took its place (src/pages/[...moved].astro).\n${moved
    .map((m) => `- {from: ${m.from}, to: ${m.to}, reason: ${m.reason}}`)
    .join('\n')}\n`,
);

for (const name of targetFiles) {
  edit(join(contentDir, 'targets', name), (doc) => {
    const seen = new Set<YAMLMap>();
    for (const item of (doc.contents as YAMLSeq<YAMLMap>).items) {
      const wording = String(item.get('indicator'));
      const match = indicatorMatches(wording);
      replacePair(item, 'indicator', [
        ['name', wording],
        ...(match.length === 1 ? [['indicator', match[0]!.id] as [string, unknown]] : []),
      ]);
      replacePair(item, 'scope', placeOf(String(item.get('scope'))));
      const observations = item.get('observations', true);
      if (!isSeq(observations)) continue;
      for (const o of observations.items) {
        // An anchored list (&id001) is one node: migrate it once.
        if (!isMap(o) || seen.has(o)) continue;
        seen.add(o);
        replacePair(o, 'scope', placeOf(String(o.get('scope'))));
      }
    }
  });
}
console.log(`migrated ${contentDir}: ${targets.length} targets, ${moved.length} pages moved`);
