/** How dates, periods and lengths read on the pages. */
import type { DocumentMeta } from '../data/documents-schema.ts';

export function formatDate(date: DocumentMeta['date']): string {
  if ('exact' in date) {
    const [y, m, d] = date.exact.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  return `约${date.year}年`;
}

/** A document's year as the site knows it: 约 before a year the site inferred (the text gives no date). */
export function formatYear(date: DocumentMeta['date']): string {
  return 'exact' in date ? `${Number(date.exact.slice(0, 4))}年` : `约${date.year}年`;
}

export function formatPeriod(p: { from: number; to: number }): string {
  return p.from === p.to ? `${p.from}年` : `${p.from}—${p.to}年`;
}

/** "约1.7万字": the length of a text as Chinese readers count it. */
export function formatLength(chars: number): string {
  return chars >= 10_000 ? `约${(chars / 10_000).toFixed(1)}万字` : `约${Math.round(chars / 100) * 100}字`;
}
