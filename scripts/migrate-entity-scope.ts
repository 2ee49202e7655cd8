/**
 * One-off migration of the entity registry's `scope` (a level: 市, 区, 县, 省,
 * 国家) to a place, as targets and figures already have (issue 27, item 2),
 * kept so the change can be read and re-run on a copy:
 * `node scripts/migrate-entity-scope.ts [contentDir] [fixture]`.
 *
 * - 市: the city, `hengyang-city`.
 * - 省 and 国家: places outside the registry, `{outside: 湖南省}` and `{outside: 中国}`.
 * - 区 and 县: a district or county of that level (耒阳市 and 常宁市 are
 *   county-level): the entity itself when it is one; else the one its `related`
 *   list names, else the one its name or aliases name, then its `related` list,
 *   then its description (a town, park or project of the same level named or
 *   related counts for its county). Where none is named, the city with the
 *   qualifier 所辖区 or 所辖县（市）, so the level is kept and no county is invented.
 * - An indicator keeps the place it has; its scope goes.
 *
 * Before writing, it records every entity's old scope in
 * tests/fixtures/migration/entity-scope-before.json, which
 * tests/unit/entity-scope-migration.test.ts compares with the content as it is.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMap, isScalar, Pair, parse, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { paths } from './paths.ts';

const contentDir = process.argv[2] ?? paths.content;
const fixture = process.argv[3] ?? join(paths.root, 'tests/fixtures/migration/entity-scope-before.json');

interface Raw {
  id: string;
  name: string;
  kind: string;
  scope: string;
  aliases?: string[];
  guards?: string[];
  related?: string[];
  description: string;
  place?: string;
}

const dir = join(contentDir, 'entities');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !['stoplist.yaml', 'common-words.yaml'].includes(f))
  .sort();
const entities = files.flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as Raw[] | null) ?? []);

const CITY = 'hengyang-city';
/** The qualifiers that keep a district's or county's level where the registry does not say which one. */
const SOME_DISTRICT = '所辖区';
const SOME_COUNTY = '所辖县（市）';

const places = entities.filter((e) => e.kind === '行政区');
/** Districts, counties and county-level cities: the places a 区 or 县 entity can be of. */
const counties = places.filter((p) => p.id !== CITY && /(?:[县市]|[^社]区)$/u.test(p.name));
const levelOf = (p: Raw) => (p.name.endsWith('区') ? '区' : '县');
const isCounty = (id: string) => counties.some((c) => c.id === id);

/** Where `place`'s names first occur in `text`, or -1. Guards are not heeded: 水口山工人运动纪念馆 is not the town for the linker, but it is in it. */
function firstOccurrence(place: Raw, text: string): number {
  const at = [place.name, ...(place.aliases ?? [])]
    .filter((n) => n.length >= 2)
    .map((n) => text.indexOf(n))
    .filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** The district or county of level `level` an entity names, or undefined; `visiting` stops a town and its park naming each other from looping. */
function countyOf(e: Raw, level: string, visiting = new Set<string>()): string | undefined {
  if (isCounty(e.id)) return e.id;
  if (visiting.has(e.id)) return undefined;
  visiting.add(e.id);
  {
    // A county stands for itself; a town, park or project for the county it is of.
    const candidates = (id: string): string[] => {
      if (isCounty(id)) return [id];
      const other = entities.find((x) => x.id === id);
      const of = other && other.scope === level ? countyOf(other, level, visiting) : undefined;
      return of ? [of] : [];
    };
    const fits = (id: string) => levelOf(places.find((p) => p.id === id)!) === level;
    const namedIn = (text: string) =>
      places
        .filter((p) => p.id !== CITY && p.id !== e.id)
        .map((p) => ({ p, at: firstOccurrence(p, text) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at)
        .flatMap((x) => candidates(x.p.id))
        .filter(fits);
    // Its own names first (珠晖塔), then what the registry relates it to, then its description.
    const found = [
      ...namedIn([e.name, ...(e.aliases ?? [])].join('\n')),
      ...(e.related ?? []).flatMap(candidates).filter(fits),
      ...namedIn(e.description),
    ][0];
    visiting.delete(e.id);
    return found;
  }
}

/** An entity's place and qualifier, from its old scope. */
function placeOf(e: Raw): { place: string | { outside: string }; qualifier?: string } {
  if (e.kind === '指标' && e.place) return { place: e.place };
  switch (e.scope) {
    case '市':
      return { place: CITY };
    case '省':
      return { place: { outside: '湖南省' } };
    case '国家':
      return { place: { outside: '中国' } };
    case '区':
    case '县': {
      const county = countyOf(e, e.scope);
      return county ? { place: county } : { place: CITY, qualifier: e.scope === '区' ? SOME_DISTRICT : SOME_COUNTY };
    }
    default:
      throw new Error(`entity "${e.id}": unknown scope "${e.scope}"`);
  }
}

mkdirSync(dirname(fixture), { recursive: true });
writeFileSync(fixture, `${JSON.stringify(Object.fromEntries(entities.map((e) => [e.id, e.scope])), null, 1)}\n`);

for (const name of files) {
  const path = join(dir, name);
  const src = readFileSync(path, 'utf8');
  const doc = parseDocument(src);
  for (const item of (doc.contents as YAMLSeq<YAMLMap> | null)?.items ?? []) {
    const e = entities.find((x) => x.id === item.get('id'))!;
    const { place, qualifier } = placeOf(e);
    const at = item.items.findIndex((p) => isScalar(p.key) && p.key.value === 'scope');
    const value = doc.createNode(place);
    if (isMap(value)) value.flow = true;
    const pairs = e.place ? [] : [new Pair(new Scalar('place'), value)];
    if (qualifier) pairs.push(new Pair(new Scalar('qualifier'), new Scalar(qualifier)));
    item.items.splice(at, 1, ...pairs);
  }
  // Keep each file's own flow-map padding and sequence indentation, so the diff shows only what changed.
  const flush = src.match(/^( *)[a-z_]+:\n\1- /gm)?.length ?? 0;
  const indented = src.match(/^( *)[a-z_]+:\n\1 {2}- /gm)?.length ?? 0;
  writeFileSync(path, doc.toString({ lineWidth: 0, flowCollectionPadding: /\{ \S/.test(src), indentSeq: indented > flush }));
}
