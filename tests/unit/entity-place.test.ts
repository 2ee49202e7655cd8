/** What an entity's page and the entity index say of where it is of (src/views/entity-place.ts). */
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/data/site-data.ts';
import { entityPlace } from '../../src/views/entity-place.ts';

const mention = (id: string) => ({ kind: 'entity', id, doc: 'report', paragraph: 'p1' });
const site = {
  entities: [
    { id: 'hengyang-city', name: '衡阳市', kind: '行政区' },
    { id: 'shigu-district', name: '石鼓区', kind: '行政区' },
    { id: 'hengnan-county', name: '衡南县', kind: '行政区' },
  ],
  documents: [],
  index: { paragraphs: [], mentions: [mention('shigu-district'), mention('hengyang-city')] },
} as unknown as SiteData;

describe("an entity's place as a reader sees it", () => {
  it('names a registered place and links it when the place has a page', () => {
    expect(entityPlace(site, { id: 'park', place: 'shigu-district' })).toEqual({ label: '石鼓区', pageId: 'shigu-district', own: false });
  });

  it('names a place without a page unlinked', () => {
    expect(entityPlace(site, { id: 'dam', place: 'hengnan-county' })).toEqual({ label: '衡南县', own: false });
  });

  it('names a place outside the registry by its name', () => {
    expect(entityPlace(site, { id: 'university', place: { outside: '湖南省' } })).toEqual({ label: '湖南省', own: false });
  });

  it('adds the qualifier, unlinked, where the registry knows only the level', () => {
    expect(entityPlace(site, { id: 'scenic-spot', place: 'hengyang-city', qualifier: '所辖县（市）' })).toEqual({
      label: '衡阳市所辖县（市）',
      own: false,
    });
  });

  it('marks a place that is its own place, unlinked', () => {
    expect(entityPlace(site, { id: 'shigu-district', place: 'shigu-district' })).toEqual({ label: '石鼓区', own: true });
  });
});
