/** Search filters of target records: the level is that of the government whose document sets the target. */
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search-index/records.ts';
import { projectSiteData } from '../helpers/content.ts';

describe('target search records', () => {
  const site = projectSiteData();
  const records = (documents = site.documents) =>
    searchRecords({ ...site, paragraphs: site.index.paragraphs, documents, hasPage: (path) => path.startsWith('targets/') }).filter((r) =>
      r.filters.kind?.includes('目标'),
    );

  it('file each target under the level of the document that sets it', () => {
    const levelOf = new Map(site.documents.map((d) => [d.slug, d.level]));
    const all = records();
    for (const t of site.targets) {
      expect(all.find((r) => r.url === `/targets/${t.id}/`)?.filters.level, t.id).toEqual([levelOf.get(t.plan.doc)]);
    }
  });

  it('file a county document’s targets under 县, whatever their scope says', () => {
    const plan = site.targets[0]!.plan.doc;
    const asCounty = site.documents.map((d) => (d.slug === plan ? { ...d, level: '县' as const } : d));
    const mine = records(asCounty).filter((r) => site.targets.some((t) => t.plan.doc === plan && r.url === `/targets/${t.id}/`));
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(r.filters.level).toEqual(['县']);
  });
});
