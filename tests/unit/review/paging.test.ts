/** The review page's address chooses a kind and a page; an address out of range shows the nearest page there is. */
import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../../src/review/item.ts';
import { PAGE_SIZE, pageHref, reviewPage } from '../../../src/review/paging.ts';

const item = (kind: ReviewItem['kind'], n: number) => ({ kind, id: `${kind}|${n}` }) as ReviewItem;
const items = [...Array.from({ length: 45 }, (_, n) => item('target', n)), ...Array.from({ length: 3 }, (_, n) => item('glossary', n))];
const kinds = [
  { kind: 'target', label: '目标' },
  { kind: 'glossary', label: '术语' },
];
const at = (query: string) => reviewPage(items, kinds, new URLSearchParams(query));

describe('the review page’s paging', () => {
  it('shows a kind twenty at a time, with every kind’s count', () => {
    const third = at('kind=target&page=3');
    expect([third.kind, third.page, third.pages]).toEqual(['target', 3, 3]);
    expect(third.items.map((i) => i.id)).toEqual(Array.from({ length: 45 - 2 * PAGE_SIZE }, (_, n) => `target|${40 + n}`));
    expect(third.kinds.map((k) => [k.kind, k.count])).toEqual([
      ['all', 48],
      ['target', 45],
      ['glossary', 3],
    ]);
  });

  it('takes an unknown kind as all of them, and a page out of range as the nearest', () => {
    expect(at('kind=nonsense')).toMatchObject({ kind: 'all', page: 1, pages: 3 });
    expect(at('kind=glossary&page=9')).toMatchObject({ kind: 'glossary', page: 1, pages: 1 });
    expect(at('page=-2').page).toBe(1);
    expect(at('page=abc').page).toBe(1);
    expect(pageHref('target', 2)).toBe('/?kind=target&page=2');
    expect(pageHref('all')).toBe('/?kind=all');
  });
});
