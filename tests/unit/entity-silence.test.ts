/** The arc line's note when the latest document of a series no longer mentions an entity. */
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/data/documents-schema.ts';
import { silenceNote } from '../../src/views/entity-silence.ts';

const doc = (slug: string, kind: DocumentMeta['kind'], level: DocumentMeta['level'], to: number) =>
  ({ slug, kind, level, reviews: { from: to, to } }) as unknown as DocumentMeta;
const docs = [
  doc('report-2012', '政府工作报告', '市', 2012),
  doc('plan', '五年规划纲要', '市', 2015),
  doc('report-2019', '政府工作报告', '市', 2018),
  doc('news-2020', '报告解读', '市', 2020),
  doc('district-2019', '政府工作报告', '区', 2018),
];

describe('where the sources stop mentioning an entity', () => {
  it('names the latest document of the series that leaves it out', () => {
    expect(silenceNote(new Set(['report-2012', 'plan']), docs)).toBe('2020年的解读未再提及');
  });

  it('says nothing when the latest document mentions it, or when its series has one document', () => {
    expect(silenceNote(new Set(['plan', 'news-2020']), docs)).toBeUndefined();
    expect(silenceNote(new Set(['district-2019']), docs)).toBeUndefined();
  });
});
