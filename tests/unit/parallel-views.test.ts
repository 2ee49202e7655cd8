/**
 * A report's list of parallels (src/views/parallel-views.ts) on a corpus
 * where a paragraph was copied into many documents: the entry shows a few
 * passages in full, of different documents, lists the next by place, and
 * counts all of them, so the page does not grow with the corpus; the marker on
 * the report's paragraph counts them too and leads to that entry.
 */
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/data/site-data.ts';
import type { Parallel } from '../../src/parallels/detect.ts';
import {
  PARALLELS_IN_FULL,
  PARALLELS_LISTED,
  parallelCounts,
  reportParallels,
  withParallelMarkers,
} from '../../src/views/parallel-views.ts';

const TEXT = '坚决打好污染防治攻坚战，持续打好蓝天碧水净土三大保卫战。';
const doc = (slug: string, year: number) => ({ slug, display_title: `报告${slug}`, date: { exact: `${year}-01-08` } });
const para = (d: string, id: string) => ({ doc: d, id, text: TEXT, path: ['二、工作安排'] });

function corpus(copies: number): { site: SiteData; parallels: Parallel[] } {
  const others = Array.from({ length: copies }, (_, k) => `copy-${k}`);
  // Each copy holds the paragraph twice, so a document can have more than one parallel of it.
  const paragraphs = [para('report', 'p1'), ...others.flatMap((d) => [para(d, 'p1'), para(d, 'p2')])];
  const parallels: Parallel[] = others.flatMap((d, k) =>
    ['p1', 'p2'].map((id) => ({
      a: { doc: 'report', id: 'p1' },
      b: { doc: d, id },
      share: 1,
      // The first copy is the strongest, twice over: the first places in full must not both go to it.
      weight: k === 0 ? 1 : 0.9 - k / 1000,
      runs: [[0, TEXT.length, 0, TEXT.length]] as Parallel['runs'],
    })),
  );
  const site = {
    documents: [doc('report', 2019), ...others.map((d, k) => doc(d, 2000 + (k % 30)))],
    index: { paragraphs, mentions: [] },
  } as unknown as SiteData;
  return { site, parallels };
}

describe("a report's list of parallels", () => {
  it('shows a few passages in full, of different documents, lists the next by place and counts every one', () => {
    const { site, parallels } = corpus(40);
    const [entry] = reportParallels(site, parallels, 'report');
    expect(entry!.total).toBe(80);
    const places = entry!.parallels.flatMap((g) => g.places);
    expect(entry!.inFull).toBe(PARALLELS_IN_FULL);
    expect(places).toHaveLength(PARALLELS_IN_FULL);
    expect(new Set(places.map((p) => p.doc)).size).toBe(PARALLELS_IN_FULL);
    expect(entry!.parallels[0]!.segments.some((s) => s.shared)).toBe(true);
    expect(entry!.more).toHaveLength(PARALLELS_LISTED);
    // The marker counts all of them, not only those shown, and leads to the entry on the report's list page.
    const counts = parallelCounts(site, parallels, 'report');
    expect(counts).toEqual(new Map([['p1', 80]]));
    const marked = withParallelMarkers('<p id="p1">x</p><p id="p2">y</p>', 'report', counts);
    expect(marked).toContain('data-count="80"');
    expect(marked).toContain('href="/reports/report/parallels/#parallels-p1"');
    expect(marked.match(/parallel-marker/g)).toHaveLength(1);
  });

  it('shows everything in full when there are few', () => {
    const { site, parallels } = corpus(2);
    const [entry] = reportParallels(site, parallels, 'report');
    expect(entry!.inFull).toBe(4);
    expect(entry!.parallels.flatMap((g) => g.places)).toHaveLength(4);
    expect(entry!.more).toEqual([]);
    expect(entry!.total).toBe(4);
  });

  it('shows the text of passages that read alike once, under each of their places', () => {
    const { site, parallels } = corpus(3);
    // One copy reworded: its text and shared runs differ from the others'.
    const reworded = '坚决打好污染防治攻坚战，深入推进蓝天碧水净土三大保卫战。';
    const paragraphs = site.index.paragraphs.map((p) => (p.doc === 'copy-1' && p.id === 'p1' ? { ...p, text: reworded } : p));
    const edited = parallels.map((p) =>
      p.b.doc === 'copy-1' && p.b.id === 'p1' ? { ...p, share: 0.6, runs: [[0, 12, 0, 12]] as Parallel['runs'] } : p,
    );
    const [entry] = reportParallels({ ...site, index: { ...site.index, paragraphs } }, edited, 'report');
    expect(entry!.inFull).toBe(PARALLELS_IN_FULL);
    const texts = entry!.parallels.map((g) => g.segments.map((s) => s.text).join(''));
    // Five passages, two texts: the copies' once, the reworded one once.
    expect(texts.sort()).toEqual([reworded, TEXT].sort());
    const alike = entry!.parallels.find((g) => g.segments.map((s) => s.text).join('') === TEXT)!;
    expect(alike.places).toHaveLength(4);
    expect(new Set(alike.places.map((p) => `${p.doc}#${p.id}`)).size).toBe(4);
  });
});
