/**
 * Nothing was lost when the entity registry's `scope` (a level) became a place
 * (scripts/migrate-entity-scope.ts): every entity of the registry before
 * (tests/fixtures/migration/entity-scope-before.json, written by the script
 * from the old files) is still there, its old level reads off its place and
 * qualifier, and every district or county it was given is one its own entry
 * names or relates to, or one an entry it relates to or names does, in turn: none is invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/content.ts';
import type { Entity } from '../../src/data/entity-schema.ts';

const root = process.cwd();
const entities = loadContent(join(root, 'content'), root).entities.entities;
const byId = new Map(entities.map((e) => [e.id, e]));
const before = JSON.parse(readFileSync(join(root, 'tests/fixtures/migration/entity-scope-before.json'), 'utf8')) as Record<string, string>;

/** The level the old registry gave, read back from a place and qualifier. */
function level(e: Entity): string {
  if (typeof e.place !== 'string')
    return ({ 湖南省: '省', 中国: '国家' } as Record<string, string>)[e.place.outside] ?? `outside ${e.place.outside}`;
  if (e.qualifier === '所辖区') return '区';
  if (e.qualifier === '所辖县（市）') return '县';
  if (e.qualifier !== undefined) return `qualifier ${e.qualifier}`;
  if (e.place === 'hengyang-city') return '市';
  return byId.get(e.place)!.name.endsWith('区') ? '区' : '县';
}

/** Whether an entry names a place or lists it as related. */
function names(e: Entity, place: Entity): boolean {
  const text = [e.name, ...e.aliases, e.description].join('\n');
  return e.related.includes(place.id) || [place.name, ...place.aliases].some((n) => n.length >= 2 && text.includes(n));
}

describe('the migration of entity scopes to places', () => {
  it('keeps every entity, with its old level read off its place', () => {
    expect(Object.keys(before).length).toBeGreaterThan(0);
    for (const [id, scope] of Object.entries(before)) {
      const e = byId.get(id);
      expect(e, id).toBeDefined();
      expect(level(e!), `${id}: ${JSON.stringify({ place: e!.place, qualifier: e!.qualifier })}`).toBe(scope);
    }
  });

  it('gives a district or county only where the registry names it, directly or through entries it names or relates to', () => {
    const unsupported = entities
      .filter((e) => typeof e.place === 'string' && e.place !== 'hengyang-city' && e.place !== e.id)
      .filter((e) => {
        const place = byId.get(e.place as string)!;
        // The entries it names or relates to, and theirs in turn (a pipeline's town, the town's park).
        const near = new Set([e]);
        for (const o of near) for (const x of entities) if (!near.has(x) && (o.related.includes(x.id) || names(o, x))) near.add(x);
        return ![...near].some((o) => names(o, place));
      })
      .map((e) => `${e.id} → ${e.place as string}`);
    expect(unsupported).toEqual([]);
  });
});
