/**
 * What the build makes of a PDF, DOCX or HTML source, for a maintainer to read
 * before publishing: headings per level, paragraphs, and every piece the
 * importer dropped as furniture (running heads, page numbers, a site's menus,
 * share buttons, footers, related links) with where it was, so nothing leaves
 * the document unseen. Printed by the build and by `npm run inspect`.
 */
import type { DocumentTree } from '../conversion/document-tree.ts';
import { inspectTree } from '../conversion/inspect.ts';
import type { ImportedDocument } from './imported.ts';

const cut = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** The summary as text, one fact a line; at most `limit` dropped pieces and doubts listed. */
export function formatImported(file: string, doc: ImportedDocument, tree: DocumentTree, limit = 20): string {
  const r = inspectTree(tree);
  const more = (n: number) => (n > limit ? [`    … and ${n - limit} more (npm run inspect -- ${file} lists all)`] : []);
  return [
    file,
    `  read from ${doc.format.toUpperCase()}: ${doc.blocks.length} blocks (their text, one a line, and the origin of each: .generated/imported/)`,
    `  title block: ${tree.front.map((f) => `${f.role} "${cut(f.text)}"`).join(', ') || 'none'}`,
    ...r.headings.map(
      (h) => `  h${h.depth}: ${h.count} (${h.first.map((t) => `"${cut(t, 30)}"`).join(', ')}${h.count > h.first.length ? ', …' : ''})`,
    ),
    `  paragraphs: ${r.paragraphs}; boxes: ${r.boxes}; figures: ${r.figures}`,
    `  dropped as furniture: ${doc.dropped.length}${doc.dropped.length ? '' : ' (none)'}`,
    ...doc.dropped.slice(0, limit).map((d) => `    ${d.origin}: ${d.why}: "${cut(d.text)}"`),
    ...more(doc.dropped.length),
    `  warnings: ${doc.warnings.length + r.suspicious.length}${doc.warnings.length + r.suspicious.length ? '' : ' (none)'}`,
    ...doc.warnings.slice(0, limit).map((w) => `    ${w.origin}: ${w.message}`),
    ...r.suspicious.slice(0, limit).map((s) => `    line ${s.line} (${doc.blocks[s.line - 1]?.origin ?? '?'}): ${s.what}`),
    ...more(r.suspicious.length),
  ].join('\n');
}
