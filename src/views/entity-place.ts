/**
 * Where an entity is of, as its page, the entity index and the open data say
 * it: the place's name (linked to the place's page when it has one), with the
 * qualifier where the registry knows only the level (衡阳市所辖县（市）). A
 * place entity is its own place (`own`), which its page leaves unsaid.
 */
import type { Entity } from '../data/entity-schema.ts';
import type { SiteData } from '../data/site-data.ts';
import { placeName, placeNames } from '../data/place-schema.ts';
import { hasEntityPage } from './mentions.ts';

export interface EntityPlace {
  label: string;
  /** The place's entity id, when it has a page to link to. */
  pageId?: string;
  own: boolean;
}

export function entityPlace(site: SiteData, entity: Pick<Entity, 'id' | 'place' | 'qualifier'>): EntityPlace {
  const { place, qualifier } = entity;
  const label = `${placeName(place, placeNames(site.entities))}${qualifier ?? ''}`;
  const own = place === entity.id;
  return qualifier === undefined && typeof place === 'string' && !own && hasEntityPage(site, place)
    ? { label, pageId: place, own }
    : { label, own };
}
