/** The arc line's note when the latest document of a series no longer mentions an entity. */
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/data/documents-schema.ts';
import { silenceNote } from '../../src/views/entity-silence.ts';

const doc = (slug: string, kind: DocumentMeta['kind'], place: DocumentMeta['place'], to: number) =>
  ({ slug, kind, place, reviews: { from: to, to } }) as unknown as DocumentMeta;
const docs = [
  doc('report-2012', '政府工作报告', 'city', 2012),
  doc('plan', '五年规划纲要', 'city', 2015),
  doc('report-2019', '政府工作报告', 'city', 2018),
  doc('news-2020', '报告解读', 'city', 2020),
  doc('district-2019', '政府工作报告', 'district', 2018),
];

describe('where the sources stop mentioning an entity', () => {
  it('names the latest document of the series that leaves it out', () => {
    expect(silenceNote(new Set(['report-2012', 'plan']), docs)).toBe('2020年的解读未再提及');
  });

  it('says nothing when the latest document mentions it, or when its series has one document', () => {
    expect(silenceNote(new Set(['plan', 'news-2020']), docs)).toBeUndefined();
    expect(silenceNote(new Set(['district-2019']), docs)).toBeUndefined();
  });

  it("does not count another place's later report as the series' latest", () => {
    const other = doc('other-city-2021', '政府工作报告', { outside: '岳阳市' }, 2021);
    expect(silenceNote(new Set(['report-2012', 'plan']), [...docs, other])).toBe('2020年的解读未再提及');
  });
});
