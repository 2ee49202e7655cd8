/**
 * Merges the results of a query's searches (typed form and alternatives) and
 * orders them: the paragraph that says what was asked first, then the pages
 * about the names asked for (a term, entity or target page named so: "about
 * this name"), then everything else by score. Pagefind gives ids and scores
 * only; a record's address comes with its text, so the first paragraph is
 * found by loading candidates in the order firstCandidates gives, few at a
 * time. Runs in the browser.
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

/**
 * Where the first paragraph is looked for: the records holding a searched
 * phrase whole, best-scored first, else every hit by score; never a page
 * about a name asked for, which has its own place.
 */
export function firstCandidates(hits: Hit[], phraseHits: string[], named: string[]): string[] {
  const score = new Map(hits.map((h) => [h.id, h.score]));
  const skip = new Set(named);
  const phrases = [...new Set(phraseHits)].sort((a, b) => (score.get(b) ?? -1) - (score.get(a) ?? -1));
  return (phrases.length ? phrases : hits.map((h) => h.id)).filter((id) => !skip.has(id));
}

export interface Ranked {
  id: string;
  /** A page about a name the reader asked for, shown beside the paragraph that says it. */
  about: boolean;
}

export function rankHits(hits: Hit[], first: string | undefined, named: string[]): Ranked[] {
  const score = new Map(hits.map((h) => [h.id, h.score]));
  const about = [...new Set(named)].filter((id) => id !== first).sort((a, b) => (score.get(b) ?? -1) - (score.get(a) ?? -1));
  const placed = new Set([first, ...about]);
  return [
    ...(first ? [{ id: first, about: false }] : []),
    ...about.map((id) => ({ id, about: true })),
    ...hits.filter((h) => !placed.has(h.id)).map((h) => ({ id: h.id, about: false })),
  ];
}
