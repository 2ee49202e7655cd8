/**
 * Merges the results of a query's searches (typed form and alternatives):
 * each record once with its best score; a record named exactly what the
 * reader typed (an entity, term or target, by name or alias) comes first.
 * Runs in the browser.
 */
export interface Hit {
  id: string;
  score: number;
}

export function mergeHits(lists: Hit[][]): Hit[] {
  const best = new Map<string, number>();
  for (const list of lists) for (const h of list) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score));
  return [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

export function namesFirst<T extends { score: number; names: string }>(results: T[], query: string, alternatives: string[]): T[] {
  const wanted = new Set([query.normalize('NFKC').trim(), ...alternatives]);
  const named = (r: T) => r.names.split('|').some((n) => wanted.has(n));
  return [...results].sort((a, b) => Number(named(b)) - Number(named(a)) || b.score - a.score);
}
