/**
 * The review page's paging: one kind of proposal or all of them, twenty at a
 * time, chosen by the address (`/?kind=target&page=3`), so the kinds and pages
 * are plain links that work without JavaScript and by keyboard, and a page
 * holds what a reviewer reads through at once.
 */
import type { ReviewItem } from './item.ts';

export const PAGE_SIZE = 20;

export interface KindCount {
  kind: string;
  label: string;
  count: number;
}

export interface ReviewPage {
  /** The kind shown, or 'all'. */
  kind: string;
  /** 1-based, within [1, pages]. */
  page: number;
  pages: number;
  /** Every kind with its open proposals, and 'all' first. */
  kinds: KindCount[];
  items: ReviewItem[];
}

/** The page an address asks for; an unknown kind is all of them, a page out of range the nearest one. */
export function reviewPage(items: ReviewItem[], kinds: { kind: string; label: string }[], search: URLSearchParams): ReviewPage {
  const asked = search.get('kind') ?? 'all';
  const kind = kinds.some((k) => k.kind === asked) ? asked : 'all';
  const shown = kind === 'all' ? items : items.filter((i) => i.kind === kind);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Math.trunc(Number(search.get('page') ?? 1)) || 1));
  return {
    kind,
    page,
    pages,
    kinds: [
      { kind: 'all', label: '全部', count: items.length },
      ...kinds.map((k) => ({ ...k, count: items.filter((i) => i.kind === k.kind).length })),
    ],
    items: shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
  };
}

/** The address of a page of a kind (page 1 is left out). */
export const pageHref = (kind: string, page = 1) => `/?kind=${encodeURIComponent(kind)}${page > 1 ? `&page=${page}` : ''}`;
