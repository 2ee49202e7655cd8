/** Words over time (src/views/words-over-time.ts): first and last appearance, and what a report adds to or drops from the previous one of its series. */
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/data/site-data.ts';
import { appearanceSpan, newAndGone, previousInSeries } from '../../src/views/words-over-time.ts';

const doc = (slug: string, year: number, issuer = '市政府') => ({
  slug,
  issuer,
  kind: '政府工作报告',
  display_title: slug,
  date: { exact: `${year}-01-08` },
});
const mention = (d: string, id: string, paragraphId = 'p1') => ({
  kind: 'term',
  id,
  doc: d,
  paragraphId,
  text: id,
  sectionId: 's0',
  offset: 0,
  marked: true,
});
const site = {
  documents: [doc('c2019', 2019), doc('c2013', 2013), doc('d2019', 2019, '区政府')],
  glossary: [
    { id: 'a', term: '甲' },
    { id: 'b', term: '乙' },
    { id: 'c', term: '丙' },
  ],
  entities: [],
  index: {
    paragraphs: [],
    mentions: [
      mention('c2013', 'a', 'p3'),
      mention('c2013', 'b'),
      mention('c2019', 'b', 'p2'),
      mention('c2019', 'c'),
      mention('d2019', 'a', 'p9'),
    ],
  },
} as unknown as SiteData;

describe('words over time', () => {
  it('gives a term’s first and last appearance by document date', () => {
    const span = appearanceSpan(site, 'term', 'a')!;
    expect([span.first.doc.slug, span.first.paragraphId]).toEqual(['c2013', 'p3']);
    expect([span.last.doc.slug, span.last.paragraphId]).toEqual(['d2019', 'p9']);
    expect(appearanceSpan(site, 'term', 'none')).toBeUndefined();
  });

  it('compares a report with the previous one of its issuer and kind', () => {
    expect(previousInSeries(site, 'c2019')?.slug).toBe('c2013');
    expect(previousInSeries(site, 'd2019')).toBeUndefined();
    const change = newAndGone(site, 'c2019')!;
    expect(change.added.map((n) => n.name)).toEqual(['丙']);
    expect(change.dropped.map((n) => n.name)).toEqual(['甲']);
  });
});
