/** The sampled axe sweep covers what it promises: every non-entry page, the pinned entries, 30 more of each entry template, the same ones for a seed. */
import { describe, expect, it } from 'vitest';
import { PINNED, pagesToSweep } from '../helpers/axe-sweep.ts';

const all = [
  '',
  'search/',
  'reports/a/',
  'reports/b/',
  'targets/',
  ...Array.from({ length: 80 }, (_, i) => `glossary/t${i}/`),
  ...Array.from({ length: 50 }, (_, i) => `entities/e${i}/`),
  ...Array.from({ length: 10 }, (_, i) => `targets/g${i}/`),
];

describe('axe sample', () => {
  it('keeps every non-entry page and 30 of each entry template (all when fewer)', () => {
    const { pages: plain, entries } = pagesToSweep(all, false);
    const pages = [...plain, ...entries];
    for (const p of ['', 'search/', 'reports/a/', 'reports/b/', 'targets/']) expect(pages).toContain(p);
    expect(pages.filter((p) => p.startsWith('glossary/'))).toHaveLength(30);
    expect(pages.filter((p) => p.startsWith('entities/'))).toHaveLength(30);
    expect(pages.filter((p) => p.startsWith('targets/') && p !== 'targets/')).toHaveLength(10);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('always visits the pinned entries that exist, once, besides the sample', () => {
    const withPinned = [...all, PINNED[0]!, PINNED[1]!];
    for (const seed of [1, 2, 3]) {
      const sweep = pagesToSweep(withPinned, false, seed);
      const pages = [...sweep.pages, ...sweep.entries];
      expect(sweep.pages).toEqual(expect.arrayContaining([PINNED[0], PINNED[1]]));
      expect(pages.filter((p) => p.startsWith('glossary/'))).toHaveLength(31);
      expect(new Set(pages).size).toBe(pages.length);
    }
    expect(pagesToSweep(all, false).pages.filter((p) => PINNED.includes(p))).toEqual([]);
  });

  it('draws the same sample every run, and everything in a full sweep', () => {
    expect(pagesToSweep(all, false)).toEqual(pagesToSweep(all, false));
    const every = pagesToSweep(all, true);
    expect([...every.pages, ...every.entries].sort()).toEqual([...all].sort());
  });
});
