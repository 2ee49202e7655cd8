/** A large site's search index is written in shards: every record in exactly one, a page's records together, none over size unless one page is. */
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search-index/records.ts';
import { shardRecords } from '../../src/search-index/write-index.ts';
import { projectSiteData } from '../helpers/content.ts';

describe('search index shards', () => {
  const site = projectSiteData();
  const records = searchRecords({ ...site, paragraphs: site.index.paragraphs, hasPage: () => true });
  const pageOf = (url: string) => url.split('#')[0]!;

  it('keep every record once, in order, and each page in one shard', () => {
    const shards = shardRecords(records, 300);
    expect(shards.length).toBeGreaterThan(3);
    expect(shards.flat()).toEqual(records);
    const shardOfPage = new Map<string, number>();
    shards.forEach((shard, k) => {
      for (const r of shard) {
        expect(shardOfPage.get(pageOf(r.url)) ?? k, r.url).toBe(k);
        shardOfPage.set(pageOf(r.url), k);
      }
    });
  });

  it('stay within the size, except a single page larger than it, which is a shard of its own', () => {
    const largestPage = Math.max(...Object.values(Object.groupBy(records, (r) => pageOf(r.url))).map((g) => g!.length));
    for (const size of [50, 300, 1000]) {
      for (const shard of shardRecords(records, size)) {
        if (shard.length > size) expect(new Set(shard.map((r) => pageOf(r.url))).size).toBe(1);
      }
    }
    expect(largestPage).toBeGreaterThan(50);
  });

  it('is one index for a site within the size', () => {
    expect(shardRecords(records, records.length)).toEqual([records]);
  });
});
