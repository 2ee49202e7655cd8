/**
 * Every verbatim quote a data file cites (a glossary term's basis) must stand
 * in exactly one paragraph of the cited document; otherwise the build stops
 * naming the file, entry and quote.
 */
import { join } from 'node:path';
import { DataError, loadYaml } from '../data/load-yaml.ts';
import { glossarySchema } from '../glossary/schema.ts';
import type { SiteIndex } from './build-index.ts';
import { findQuote } from './find-quote.ts';

export function checkQuotes(index: SiteIndex, contentDir: string, root: string): void {
  const file = join(contentDir, 'glossary', 'terms.yaml');
  const shown = file.slice(root.length).replace(/^\//, '');
  const { data, lineOf } = loadYaml(file, glossarySchema, shown);
  data.forEach((t, i) => {
    if (t.basis === 'public record') return;
    const found = findQuote(index.paragraphs, t.basis.doc, t.basis.quote);
    if ('error' in found) throw new DataError(shown, lineOf([i, 'basis', 'quote']), `entry ${i + 1} (id "${t.id}"), field "basis.quote": ${found.error}`);
  });
}
