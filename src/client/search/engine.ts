/**
 * Pagefind and the query dictionary, started once. With a query in the
 * address, Pagefind's worker is already starting (early-start.ts, before the
 * page's first layout) and the dictionary is preloaded by the page's head, so
 * both are on their way while the page's own module loads.
 */
import type { SearchDictionary } from '../../search-index/dictionary.ts';

export interface ResultData {
  url: string;
  meta: { title: string; section: string; text: string; names: string };
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export type Filters = Record<string, { any: string[] }>;
export interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (q: string, options?: { filters?: Filters }) => Promise<{ results: PagefindResult[] }>;
}

export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let started: { pagefind: Promise<Pagefind>; dictionary: Promise<SearchDictionary> } | undefined;

/**
 * Pagefind ready to search, and the dictionary, as two promises: the page
 * plans the query from the dictionary while Pagefind's worker is still
 * starting, and sends its first searches the moment the worker is ready.
 */
export function startEngine(): { pagefind: Promise<Pagefind>; dictionary: Promise<SearchDictionary> } {
  started ??= (() => {
    const dictionary = fetch(`${BASE}pagefind/dictionary.json`).then((r) => r.json() as Promise<SearchDictionary>);
    const pagefind = (import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (p) => {
      await p.init();
      // A large site is indexed in shards; Pagefind searches them as one.
      for (const shard of (await dictionary).shards ?? []) await p.mergeIndex(`${BASE}${shard}`);
      return p;
    });
    return { pagefind, dictionary };
  })();
  return started;
}
