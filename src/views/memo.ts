/** Per-site memo: a view model derived from one SiteData is computed once, however many pages use it. */
import type { SiteData } from '../data/site-data.ts';

const cache = new WeakMap<SiteData, Map<string, unknown>>();

export function memo<T>(site: SiteData, key: string, compute: () => T): T {
  let entries = cache.get(site);
  if (!entries) cache.set(site, (entries = new Map<string, unknown>()));
  if (!entries.has(key)) entries.set(key, compute());
  return entries.get(key) as T;
}
