/**
 * The bench's synthetic corpora (scripts/make-synthetic-corpus.ts) must be valid
 * content at every size it asks for, the 500-document one included: copies
 * whose years left the schema's range stopped that build before it began.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticCorpus } from '../../scripts/make-synthetic-corpus.ts';
import { YEAR_RANGE, documentYear, documentsSchema } from '../../src/data/documents-schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'hy-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic corpus', () => {
  it('makes 500 valid documents whose copies keep their original text and move by whole five-year steps', () => {
    makeSyntheticCorpus(dir, 500);
    const content = join(dir, 'content');
    const docs = documentsSchema.parse(parse(readFileSync(join(content, 'documents.yaml'), 'utf8')));
    expect(docs).toHaveLength(500);
    const bySlug = new Map(docs.map((d) => [d.slug, d]));
    for (const copy of docs.filter((d) => d.slug.includes('-copy-'))) {
      const original = bySlug.get(copy.slug.replace(/-copy-\d+$/, ''))!;
      const shift = documentYear(copy) - documentYear(original);
      expect(Math.abs(shift) % 5, copy.slug).toBe(0);
      expect(shift, copy.slug).not.toBe(0);
      expect(copy.reviews.from - original.reviews.from, copy.slug).toBe(shift);
      for (const y of [documentYear(copy), copy.reviews.from, copy.reviews.to, copy.plans?.from, copy.plans?.to].filter(
        (y) => y !== undefined,
      )) {
        expect(y).toBeGreaterThanOrEqual(YEAR_RANGE.min);
        expect(y).toBeLessThanOrEqual(YEAR_RANGE.max);
      }
      expect(
        readFileSync(join(content, 'sources', copy.source)).equals(readFileSync(join(content, 'sources', original.source))),
        copy.slug,
      ).toBe(true);
    }
  });
});
