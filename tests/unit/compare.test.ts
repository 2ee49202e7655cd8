/**
 * Two documents side by side (src/parallels/compare.ts): the pairs worth
 * comparing, paragraphs aligned through their parallels, sentences marked.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/data/documents-schema.ts';
import type { IndexedParagraph } from '../../src/index/paragraphs.ts';
import { type MarkedSentence, OTHER_SERIES, alignDocuments, comparePairs, markSentences } from '../../src/parallels/compare.ts';
import type { Parallel } from '../../src/parallels/detect.ts';

const meta = (slug: string, issuer: string, kind: string, year: number) =>
  ({ slug, issuer, kind, date: { exact: `${year}-01-08` } }) as unknown as DocumentMeta;

describe('pairs worth comparing', () => {
  it('pairs each report with last year’s of its series and the nearest of every other series, not every pair', () => {
    const docs = [
      meta('city-2017', '市政府', '政府工作报告', 2017),
      meta('city-2018', '市政府', '政府工作报告', 2018),
      meta('city-2019', '市政府', '政府工作报告', 2019),
      meta('district-2019', '区政府', '政府工作报告', 2019),
    ];
    const pairs = comparePairs(docs).map(([a, b]) => `${a.slug}|${b.slug}`);
    expect(pairs).toContain('city-2018|city-2019');
    expect(pairs).toContain('city-2017|city-2018');
    expect(pairs).toContain('city-2019|district-2019');
    expect(pairs).not.toContain('city-2017|city-2019');
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('gives all ten pairs of five documents in four series', () => {
    const docs = [
      meta('c12', '市政府', '政府工作报告', 2013),
      meta('c19', '市政府', '政府工作报告', 2019),
      meta('news', '日报', '报告解读', 2021),
      meta('plan', '市政府', '五年规划纲要', 2016),
      meta('district', '区政府', '政府工作报告', 2019),
    ];
    expect(comparePairs(docs)).toHaveLength(10);
  });

  it('compares a document of a corpus of many places with the nearest few series only, a bounded number of pages per document', () => {
    // Twenty counties, each with reports for ten years: the nearest-of-every-series rule alone gives 19 pairs per report.
    const docs = Array.from({ length: 20 }, (_, c) =>
      Array.from({ length: 10 }, (_, k) => meta(`county${c}-${2010 + k + (c % 3)}`, `县${c}`, '政府工作报告', 2010 + k + (c % 3))),
    ).flat();
    const pairs = comparePairs(docs);
    expect(pairs.length).toBeLessThanOrEqual(docs.length * (OTHER_SERIES + 1));
    const keys = pairs.map(([a, b]) => `${a.slug}|${b.slug}`);
    expect(keys).toContain('county0-2010|county0-2011');
    // A report of 2012 of county 2 (its years start in 2012) meets county 0's report of the same year.
    expect(keys).toContain('county0-2012|county2-2012');
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('sentences of two aligned paragraphs', () => {
  it('marks a shared sentence, a reworded one with its changed characters, and one only on one side', () => {
    const left = '坚决打好污染防治攻坚战。确保城区空气质量优良率保持在80%以上。加快关闭矿山生态修复。';
    const right = '坚决打好污染防治攻坚战。确保空气质量优良率保持在85%以上。';
    const { left: l, right: r } = markSentences(left, right);
    expect(l.map((s) => s.state)).toEqual(['shared', 'reworded', 'only']);
    expect(r.map((s) => s.state)).toEqual(['shared', 'reworded']);
    const changed = (s: (typeof l)[number]) => s.pieces.filter((p) => p.changed).map((p) => p.text);
    expect(changed(l[1]!).join('')).toContain('城区');
    expect(changed(l[1]!).join('')).toContain('0');
    expect(changed(r[1]!).join('')).toContain('5');
    expect(l[1]!.pieces.map((p) => p.text).join('')).toBe('确保城区空气质量优良率保持在80%以上。');
  });

  it('marks a changed figure whole on both sides, never a part of it that reads as kept', () => {
    const changed = (s: MarkedSentence) => s.pieces.filter((p) => p.changed).map((p) => p.text);
    const kept = (s: MarkedSentence) =>
      s.pieces
        .filter((p) => !p.changed)
        .map((p) => p.text)
        .join('');
    const cases: [string, string, string[], string[]][] = [
      // A character diff keeps the "5%" of 7.5% → 5% and deletes only "7.".
      ['预算收入增长7.5%左右，投资增长12%以上。', '区级预算收入增长5%左右，投资增长12%左右。', ['7.5%', '以上'], ['区级', '5%', '左右']],
      ['优良率保持在80%以上。', '优良率保持在85%以上。', ['80%'], ['85%']],
      ['实现“十四连调”，新增学位1350个。', '实现“十六连调”，新增学位1530个。', ['十四', '1350'], ['十六', '1530']],
    ];
    for (const [left, right, l, r] of cases) {
      const marked = markSentences(left, right);
      expect(changed(marked.left[0]!), left).toEqual(l);
      expect(changed(marked.right[0]!), right).toEqual(r);
      expect(kept(marked.left[0]!)).toBe(kept(marked.right[0]!));
      expect(marked.left[0]!.pieces.map((p) => p.text).join('')).toBe(left);
      expect(marked.right[0]!.pieces.map((p) => p.text).join('')).toBe(right);
    }
  });
});

describe('alignment of two documents', () => {
  const para = (doc: string, id: string, heading = false) =>
    ({ doc, id, text: id, path: [], sectionId: 's0', section: {}, ...(heading ? { heading: true } : {}) }) as unknown as IndexedParagraph;
  const pair = (a: string, b: string, weight = 0.5): Parallel => ({
    a: { doc: 'L', id: a },
    b: { doc: 'R', id: b },
    share: weight,
    weight,
    runs: [],
  });

  it('puts each left paragraph beside its parallel and the right one’s other paragraphs where they stand', () => {
    const left = [para('L', 'l1'), para('L', 'l2'), para('L', 'l3')];
    const right = [para('R', 'h', true), para('R', 'r1'), para('R', 'r2'), para('R', 'r3')];
    const rows = alignDocuments(left, right, [pair('l1', 'r2'), pair('l3', 'r3')]);
    expect(rows.map((r) => `${r.left?.id ?? '-'}:${r.right?.id ?? '-'}`)).toEqual(['-:h', '-:r1', 'l1:r2', 'l2:-', 'l3:r3']);
  });

  it('sets a line too short to be a parallel beside the same line on the right, within the stretch up to the next placed pair', () => {
    const said = (doc: string, id: string, text: string) => ({ ...para(doc, id), text });
    const left = [said('L', 'l1', '各位代表：'), said('L', 'l2', '现在，我代表市人民政府作工作报告。'), said('L', 'l3', '同志们：')];
    const right = [
      said('R', 'r0', '报告人：区长'),
      said('R', 'r1', '各位代表！'),
      said('R', 'r2', '现在，我代表区人民政府作工作报告。'),
      said('R', 'r3', '各位代表：'),
    ];
    const rows = alignDocuments(left, right, [pair('l2', 'r2')]);
    // 各位代表 after the placed pair on the right is not pulled back before it; 同志们 has no counterpart.
    expect(rows.map((r) => `${r.left?.id ?? '-'}:${r.right?.id ?? '-'}`)).toEqual(['-:r0', 'l1:r1', 'l2:r2', 'l3:-', '-:r3']);
  });

  it('keeps a parallel that stands earlier on the right beside its left paragraph, marked moved', () => {
    const left = [para('L', 'l1'), para('L', 'l2')];
    const right = [para('R', 'r1'), para('R', 'r2')];
    const rows = alignDocuments(left, right, [pair('l1', 'r2'), pair('l2', 'r1')]);
    expect(rows.map((r) => `${r.left?.id ?? '-'}:${r.right?.id ?? '-'}${r.moved ? '*' : ''}`)).toEqual(['l1:r2', 'l2:r1*']);
  });

  it('sets a section beside the one that names the same projects and terms, where one shared sentence alone would pull it elsewhere', () => {
    const left = [para('L', 'h1', true), para('L', 'l1'), para('L', 'h2', true), para('L', 'l2')];
    const right = [para('R', 'k1', true), para('R', 'r1'), para('R', 'k2', true), para('R', 'r2')];
    // The left's second section (民生) shares one sentence with the right's first (交通), reworded elsewhere.
    const wording = [pair('l2', 'r1', 0.3)];
    const names = {
      left: new Map([
        ['l1', ['entity|huai-shao-heng-railway', 'entity|hengyang-east-station']],
        ['l2', ['term|jing-zhun-tuo-pin', 'term|yi-liao-bao-xian']],
      ]),
      right: new Map([
        ['r1', ['entity|huai-shao-heng-railway', 'entity|hengyang-east-station', 'term|jing-zhun-tuo-pin']],
        ['r2', ['term|yi-liao-bao-xian', 'term|jing-zhun-tuo-pin']],
      ]),
      weight: () => 1,
    };
    const show = (rows: ReturnType<typeof alignDocuments>) => rows.map((r) => `${r.left?.id ?? '-'}:${r.right?.id ?? '-'}`);
    // By wording alone the 民生 paragraph sits beside the 交通 one and the two 交通 headings apart.
    expect(show(alignDocuments(left, right, wording))).toEqual(['h1:-', 'l1:-', 'h2:-', '-:k1', 'l2:r1', '-:k2', '-:r2']);
    const rows = show(alignDocuments(left, right, wording, names));
    expect(rows).toContain('h1:k1');
    expect(rows).toContain('h2:k2');
    // Every paragraph and heading of both sides is still shown once.
    expect(
      rows
        .flatMap((r) => r.split(':'))
        .filter((x) => x !== '-')
        .sort(),
    ).toEqual(['h1', 'h2', 'k1', 'k2', 'l1', 'l2', 'r1', 'r2']);
  });
});
