/**
 * Finds the paragraph a verbatim quote comes from. Data files cite sources by
 * quote, not by anchor: the build resolves the anchor, and a quote that is not
 * found, or found in two paragraphs, is an error naming the data file.
 * Quote and paragraph are compared on their readings (src/zh/reading.ts), so a
 * quote copied in Simplified finds a Traditional text, and an invisible format
 * character in either does not hide it; the offset is into the text as written.
 */
import { quote as quoted } from '../core/errors.ts';
import { type Script, detectScript, readingFor } from '../core/script.ts';
import type { IndexedParagraph } from './paragraphs.ts';

export type QuoteLookup = { paragraph: IndexedParagraph; offset: number } | { error: string };

const scripts = new WeakMap<IndexedParagraph[], Map<string, Script>>();

function scriptOf(paragraphs: IndexedParagraph[], doc: string): Script {
  const known = scripts.get(paragraphs) ?? new Map<string, Script>();
  scripts.set(paragraphs, known);
  let script = known.get(doc);
  if (script === undefined)
    known.set(
      doc,
      (script = detectScript(
        paragraphs
          .filter((p) => p.doc === doc)
          .map((p) => p.text)
          .join(''),
      )),
    );
  return script;
}

export function findQuote(paragraphs: IndexedParagraph[], doc: string, quote: string): QuoteLookup {
  const script = scriptOf(paragraphs, doc);
  const wanted = readingFor(quote, detectScript(quote) === 'zh-Hant' ? 'zh-Hant' : script).text;
  const hits = paragraphs
    .filter((p) => p.doc === doc)
    .map((p) => ({ p, reading: readingFor(p.text, script) }))
    .filter(({ reading }) => reading.text.includes(wanted));
  if (hits.length === 1) {
    const { p, reading } = hits[0]!;
    const at = reading.text.indexOf(wanted);
    return { paragraph: p, offset: reading.span(at, at + wanted.length)[0] };
  }
  if (hits.length === 0) {
    const inDoc = paragraphs.some((p) => p.doc === doc);
    return { error: inDoc ? `quote ${quoted(quote)} is not in any paragraph of "${doc}"` : `unknown document "${doc}"` };
  }
  return {
    error: `quote ${quoted(quote)} occurs in ${hits.length} paragraphs of "${doc}" (${hits
      .slice(0, 5)
      .map((h) => h.p.id)
      .join(', ')}${hits.length > 5 ? ', …' : ''}); quote more of it`,
  };
}
