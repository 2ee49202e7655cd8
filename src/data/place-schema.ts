/**
 * Where a document, a target or a figure is of. A place is an entity of kind
 * 行政区 in content/entities/ (衡阳市, 石鼓区, 衡南县 …), named by its id; a
 * document of a place the registry does not hold says so with `{outside: 岳阳市}`,
 * and its figures count for nothing of a registered place. A figure of part of
 * a place carries the text's qualifier (市城区, 中心城区, 规模以上 …).
 */
import { z } from 'zod';
import { slugSchema } from './slug.ts';

export const placeRefSchema = z.union([slugSchema, z.object({ outside: z.string().min(1) }).strict()]);

export type PlaceRef = z.infer<typeof placeRefSchema>;

/** The fields a target or a figure adds to say where it is of. */
export const placedShape = {
  place: placeRefSchema,
  /** The part of the place the text names (市城区, 中心城区及各县城); absent for the whole place. */
  qualifier: z.string().min(1).optional(),
};

/** Whether two references name the same registered place: an outside place is never the same as another. */
export function samePlace(a: PlaceRef, b: PlaceRef): boolean {
  return typeof a === 'string' && a === b;
}

/** A place and qualifier together, the unit figures are compared within. */
export function sameScope(
  a: { place: PlaceRef; qualifier?: string | undefined },
  b: { place: PlaceRef; qualifier?: string | undefined },
): boolean {
  return samePlace(a.place, b.place) && a.qualifier === b.qualifier;
}

/** Place ids to their names, from the registry's 行政区 entities. */
export type PlaceNames = Readonly<Record<string, string>>;

export function placeNames(entities: readonly { id: string; name: string; kind: string }[]): PlaceNames {
  return Object.fromEntries(entities.filter((e) => e.kind === '行政区').map((e) => [e.id, e.name]));
}

export function placeName(place: PlaceRef, names: PlaceNames = {}): string {
  return typeof place === 'string' ? (names[place] ?? place) : place.outside;
}

/** What a reader sees of a scope: the qualifier where the text names part of the place (市城区), else the place. */
export function scopeLabel(x: { place: PlaceRef; qualifier?: string | undefined }, names: PlaceNames = {}): string {
  return x.qualifier ?? placeName(x.place, names);
}
