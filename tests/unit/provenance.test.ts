/** What the report's 文件信息 and /about/ say of a document's origin: what is recorded, and by name what is not. */
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/data/documents-schema.ts';
import { provenance } from '../../src/views/provenance.ts';
import { documentRecord } from '../helpers/document-record.ts';

describe('provenance', () => {
  it('says plainly that nothing is recorded when a document has no origin', () => {
    const p = provenance(undefined);
    expect(p.known).toEqual([]);
    expect(p.unrecorded).toEqual(['原件的网址或文件', '发布者', '获取日期']);
    expect(p.unrecordedNote).toBe('未记录本站所据文本的出处（原件的网址或文件、发布者、获取日期）。');
  });

  it('lists each recorded fact, links the address, and names only what is missing', () => {
    const p = provenance({ url: 'https://example.org/a.html', publisher: '某市人民政府门户网站' });
    expect(p.known).toEqual([
      { label: '原件', text: 'https://example.org/a.html', href: 'https://example.org/a.html' },
      { label: '发布者', text: '某市人民政府门户网站' },
    ]);
    expect(p.unrecordedNote).toBe('未记录获取日期。');
    expect(provenance({ file: 'report.pdf', publisher: 'X', retrieved: '2024-03-05' }).unrecordedNote).toBeUndefined();
    expect(provenance({ file: 'report.pdf', publisher: 'X', retrieved: '2024-03-05' }).known.at(-1)).toEqual({
      label: '获取日期',
      text: '2024年3月5日',
    });
  });
});

describe('the origin fields of documents.yaml', () => {
  const base = documentRecord();
  const issues = (origin: unknown) =>
    documentSchema.safeParse({ ...base, origin }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('are optional, and each may stand alone', () => {
    expect(documentSchema.safeParse(base).success).toBe(true);
    for (const origin of [{ url: 'https://example.org/' }, { file: 'a.pdf' }, { publisher: 'X' }, { retrieved: '2024-01-31' }])
      expect(issues(origin)).toEqual([]);
  });

  it('refuse an address that is not a web address, a date that is no date, an unknown field and an empty origin', () => {
    expect(issues({ url: 'ftp://example.org/a.txt' })).toEqual(['origin.url: must be an http:// or https:// address']);
    expect(issues({ retrieved: '2024-13-40' })).toEqual(['origin.retrieved: must be a date written YYYY-MM-DD']);
    expect(issues({ source: 'x' })[0]).toMatch(/^origin: /);
    expect(issues({})[0]).toMatch(/leave "origin" out when nothing is recorded/);
  });
});
