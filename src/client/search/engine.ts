/**
 * Pagefind and the query dictionary, started once: by the search page's first
 * script as soon as the page is parsed (before the page's own, larger module
 * has run), so Pagefind's worker, WebAssembly and index metadata are on their
 * way while the rest of the page's script loads. The search page awaits the
 * same promise.
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

let started: Promise<{ pagefind: Pagefind; dictionary: SearchDictionary }> | undefined;

export function startEngine(): Promise<{ pagefind: Pagefind; dictionary: SearchDictionary }> {
  started ??= (async () => {
    // Pagefind starts (its worker, WebAssembly and metadata) while the dictionary is still on its way.
    const [pagefind, dictionary] = await Promise.all([
      (import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (p) => {
        await p.init();
        return p;
      }),
      fetch(`${BASE}pagefind/dictionary.json`).then((r) => r.json() as Promise<SearchDictionary>),
    ]);
    // A large site is indexed in shards; Pagefind searches them as one.
    for (const shard of dictionary.shards ?? []) await pagefind.mergeIndex(`${BASE}${shard}`);
    return { pagefind, dictionary };
  })();
  return started;
}
