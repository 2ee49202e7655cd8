/**
 * The counts pages state, from one place: the home page, the indexes and the
 * open-data page must never disagree (an entity in the registry that no source
 * names has no page and is not counted anywhere).
 */
import type { SiteData } from '../data/site-data.ts';
import { mentionsOf } from './mentions.ts';
import { memo } from './memo.ts';

/** Entities a source names: those with a page, a row in entities.csv and a place in the index. */
export function publishedEntities(site: SiteData) {
  return memo(site, 'publishedEntities', () => site.entities.filter((e) => mentionsOf(site, 'entity', e.id).length > 0));
}
