/**
 * The counts pages state, from one place: the home page, the indexes and the
 * open-data page must never disagree (an entity in the registry that no source
 * names has no page and is not counted anywhere).
 */
import { entities, mentionsOf } from './site-data.ts';

/** Entities a source names: those with a page, a row in entities.csv and a place in the index. */
export const publishedEntities = entities.filter((e) => mentionsOf('entity', e.id).length > 0);
