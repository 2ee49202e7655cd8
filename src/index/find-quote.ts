/**
 * Finds the paragraph a verbatim quote comes from. Data files cite sources by
 * quote, not by anchor: the build resolves the anchor, and a quote that is not
 * found, or found in two paragraphs, is an error naming the data file.
 */
import { quote as quoted } from '../core/errors.ts';
import type { IndexedParagraph } from './paragraphs.ts';

export type QuoteLookup = { paragraph: IndexedParagraph; offset: number } | { error: string };

export function findQuote(paragraphs: IndexedParagraph[], doc: string, quote: string): QuoteLookup {
  const hits = paragraphs.filter((p) => p.doc === doc && p.text.includes(quote));
  if (hits.length === 1) return { paragraph: hits[0]!, offset: hits[0]!.text.indexOf(quote) };
  if (hits.length === 0) {
    const inDoc = paragraphs.some((p) => p.doc === doc);
    return { error: inDoc ? `quote ${quoted(quote)} is not in any paragraph of "${doc}"` : `unknown document "${doc}"` };
  }
  return { error: `quote ${quoted(quote)} occurs in ${hits.length} paragraphs of "${doc}" (${hits.slice(0, 5).map((h) => h.id).join(', ')}${hits.length > 5 ? ', …' : ''}); quote more of it` };
}
