/**
 * The names of places the registries hold, for the romanised title of an
 * English citation (src/citation/romanise.ts capitalises them): every entity
 * of a place kind with its aliases, and every place outside the registry that
 * a document, an entity, a target or a figure names ({outside: 湖南省}).
 */
import type { SiteData } from '../data/site-data.ts';
import { kindIs } from '../data/entity-kinds.ts';
import type { PlaceRef } from '../data/place-schema.ts';

export function placeNames(site: Pick<SiteData, 'documents' | 'entities' | 'targets'>): string[] {
  const names = new Set<string>();
  const outside = (ref: PlaceRef | undefined) => {
    if (ref && typeof ref !== 'string') names.add(ref.outside);
  };
  for (const e of site.entities) {
    if (kindIs(e.kind, 'place')) for (const name of [e.name, ...e.aliases]) names.add(name);
    outside(e.place);
  }
  for (const d of site.documents) outside(d.place);
  for (const t of site.targets) {
    outside(t.place);
    for (const o of t.observations) outside(o.place);
  }
  return [...names];
}
