/**
 * Every verbatim quote a data file cites (a glossary term's basis, a target's
 * clause, baseline and later figures) must stand in exactly one paragraph of
 * the cited document; otherwise the build stops naming the file, line, entry and quote.
 */
import type { LoadedGlossary } from '../data/load-glossary.ts';
import { DataError } from '../data/load-yaml.ts';
import type { LoadedTargets } from '../data/load-targets.ts';
import type { SiteIndex } from './build-index.ts';
import { findQuote } from './find-quote.ts';

export function checkQuotes(index: Pick<SiteIndex, 'paragraphs'>, glossary: LoadedGlossary, { targets, lineOf }: LoadedTargets): void {
  glossary.terms.forEach((t, i) => {
    if (t.basis === 'public record') return;
    const found = findQuote(index.paragraphs, t.basis.doc, t.basis.quote);
    if ('error' in found)
      throw new DataError(
        glossary.file,
        glossary.lineOf([i, 'basis', 'quote']),
        `entry ${i + 1} (id "${t.id}"), field "basis.quote": ${found.error}`,
      );
  });
  for (const t of targets) {
    const cited = [
      [['plan'], t.plan],
      ...t.restated.map((r, i) => [['restated', i], r] as const),
      [['baseline'], t.baseline],
      ...t.observations.map((o, i) => [['observations', i], o] as const),
      ...t.rejected.map((r, i) => [['rejected', i], r] as const),
    ] as const;
    for (const [path, c] of cited) {
      if (!c) continue;
      const found = findQuote(index.paragraphs, c.doc, c.quote);
      if ('error' in found)
        throw new DataError(
          t.file,
          lineOf(t, [...path, 'quote']),
          `target "${t.id}", field "${[...path, 'quote'].join('.')}": ${found.error}`,
        );
    }
  }
}
