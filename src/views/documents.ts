/** The report collection, in reading order (by the period a document reviews). */
import { type CollectionEntry, getCollection } from 'astro:content';

export type Report = CollectionEntry<'reports'>;

export async function getReports(): Promise<Report[]> {
  const all = await getCollection('reports');
  return all.sort((a, b) => a.data.reviews.to - b.data.reviews.to || a.data.reviews.from - b.data.reviews.from || a.id.localeCompare(b.id));
}

export function formatDate(date: Report['data']['date']): string {
  if ('exact' in date) {
    const [y, m, d] = date.exact.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  return `约${date.year}年`;
}

export function formatPeriod(p: { from: number; to: number }): string {
  return p.from === p.to ? `${p.from}年` : `${p.from}—${p.to}年`;
}

/** "约1.7万字": the length of a text as Chinese readers count it. */
export function formatLength(chars: number): string {
  return chars >= 10_000 ? `约${(chars / 10_000).toFixed(1)}万字` : `约${Math.round(chars / 100) * 100}字`;
}
