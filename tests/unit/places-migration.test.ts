/**
 * Nothing was lost when content/ moved to places and one indicator registry
 * (scripts/migrate-places.ts): every document, term, entity and target of the
 * content before (tests/fixtures/migration/places-before.json, written by the
 * script from the old files) is still there with every quote, figure and year,
 * and each scope reads as it did. Content edited since may add fields and
 * figures, never drop one.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/content.ts';
import { placeNames, scopeLabel, type PlaceRef } from '../../src/data/place-schema.ts';
import type { Target } from '../../src/data/target-schema.ts';

const root = process.cwd();
const content = loadContent(join(root, 'content'), root);
type Raw = Record<string, unknown>;
const before = JSON.parse(readFileSync(join(root, 'tests/fixtures/migration/places-before.json'), 'utf8')) as {
  documents: string[];
  glossary: { id: string; term: string; variants: string[]; category: string }[];
  entities: { id: string; name: string; kind: string; aliases: string[] }[];
  targets: (Raw & { id: string; file: string; scope: string; indicator: string; observations?: Raw[] })[];
};
const names = placeNames(content.entities.entities);
/** The scope as the old files wrote it: the city as a whole was 全市. */
const oldScope = (x: { place: PlaceRef; qualifier?: string | undefined }) =>
  x.qualifier === undefined && x.place === 'hengyang-city' ? '全市' : scopeLabel(x, names);

describe('the migration to places', () => {
  it('keeps every document, and gives each a place', () => {
    expect(content.documents.documents.map((d) => d.slug)).toEqual(before.documents);
    expect(content.documents.documents.map((d) => d.place)).toEqual([
      'hengyang-city',
      'hengyang-city',
      'hengyang-city',
      'hengyang-city',
      'shigu-district',
    ]);
  });

  it('keeps every glossary term, or moves it to the indicator registry with its old page leading to the new one', () => {
    const terms = new Map(content.glossary.terms.map((t) => [t.id, t]));
    const moved = new Map(content.moved.moved.map((m) => [m.from, m.to]));
    for (const old of before.glossary) {
      const now = terms.get(old.id);
      if (now) {
        expect([now.term, now.variants]).toEqual([old.term, old.variants]);
        expect(now.category).toBe(old.category === '统计指标' ? '经济术语' : old.category);
        continue;
      }
      const to = moved.get(`glossary/${old.id}/`);
      expect(to, `${old.id} went without a redirect`).toBeDefined();
      const entity = content.entities.entities.find((e) => `entities/${e.id}/` === to)!;
      expect(entity.kind).toBe('指标');
      expect([entity.name, ...entity.aliases]).toEqual(expect.arrayContaining([old.term, ...old.variants]));
    }
    expect(content.glossary.terms.filter((t) => (t.category as string) === '统计指标')).toEqual([]);
  });

  it('keeps every entity with its names, and every indicator names its place', () => {
    const now = new Map(content.entities.entities.map((e) => [e.id, e]));
    for (const old of before.entities) {
      expect(now.get(old.id)?.name).toBe(old.name);
      expect(now.get(old.id)?.kind).toBe(old.kind);
      expect(now.get(old.id)?.aliases).toEqual(expect.arrayContaining(old.aliases));
    }
    expect(content.entities.entities.filter((e) => e.kind === '指标' && !e.place)).toEqual([]);
  });

  it('keeps every target with every quote, figure, year and scope', () => {
    // Target files added after the migration (a new set) are not its business.
    const migrated = content.targets.targets.filter((t) => before.targets.some((o) => o.file === basename(t.file)));
    const now = new Map(migrated.map((t) => [`${basename(t.file)}|${t.id}`, t]));
    expect(now.size).toBe(before.targets.length);
    for (const old of before.targets) {
      const t = now.get(`${old.file}|${old.id}`) as Target;
      expect(t, old.id).toBeDefined();
      const { indicator, scope, observations = [], file: _, note: _n, ...rest } = old;
      const { name, indicator: id, place, qualifier, observations: obs, file: __, note: __n, ...kept } = t;
      expect(name).toBe(indicator);
      expect(oldScope({ place, qualifier })).toBe(scope);
      // Everything else as it was, defaults filled in by the schema.
      expect(kept).toMatchObject(rest);
      // Every figure still there with its quote, value, year, metric and scope (later edits may add fields and figures).
      const seen = obs.map((o) => ({ ...o, scope: oldScope(o) }));
      for (const o of observations) expect(seen, `${old.id}: ${String(o['quote'])}`).toContainEqual(expect.objectContaining(o));
      expect(id === undefined || content.entities.entities.some((e) => e.id === id && e.kind === '指标')).toBe(true);
    }
    expect(migrated.filter((t) => t.indicator).length).toBe(51);
  });
});
