/**
 * What the converter makes of a source, for a maintainer to read before
 * publishing (`npm run inspect -- <file>`, and printed by the build for each
 * document): encoding, script, layout, headings per level, paragraphs, boxes,
 * figures, page numbers removed, and suspicious places with their source line.
 */
import { detectScript } from '../core/script.ts';
import { scrapingWarnings } from './convert-source.ts';
import { decodeSource } from './decode.ts';
import type { BodyNode, DocumentTree, ParagraphNode } from './document-tree.ts';
import { SENTENCE_END } from './line-shapes.ts';
import { type Layout, detectLayout, isHeadingLike, reflow, splitLines } from './reflow.ts';
import { buildTree } from './structure.ts';
import { type Artefact, dropArtefacts, findArtefacts } from './artefacts.ts';

export interface Inspection {
  encoding: string;
  script: string;
  layout: Layout;
  headings: { depth: number; count: number; first: string[] }[];
  paragraphs: number;
  boxes: number;
  figures: number;
  /** Page numbers, running heads and other print furniture removed, with their lines. */
  artefacts: Artefact[];
  suspicious: { line: number; what: string }[];
}

/** A paragraph longer than this many characters is worth a look: two paragraphs run together, or a missed heading. */
const LONG_PARAGRAPH = 1500;

function paragraphsOf(body: BodyNode[]): ParagraphNode[] {
  return body.flatMap((n) => (n.type === 'paragraph' ? [n] : n.type === 'aside' ? n.children : []));
}

export function inspectTree(tree: DocumentTree): Pick<Inspection, 'headings' | 'paragraphs' | 'boxes' | 'figures' | 'suspicious'> {
  const byDepth = new Map<number, string[]>();
  for (const n of tree.body) if (n.type === 'heading') byDepth.set(n.depth, [...(byDepth.get(n.depth) ?? []), n.text]);
  const paragraphs = paragraphsOf(tree.body);
  const suspicious: Inspection['suspicious'] = [];
  for (const p of paragraphs) {
    const end = p.text.replace(/\*+$/u, '');
    if (isHeadingLike(end))
      suspicious.push({ line: p.line, what: `a short line without a sentence, kept as a paragraph (a heading?): "${end.slice(0, 40)}"` });
    else if (!SENTENCE_END.test(end) && !/[：:]$/u.test(end))
      suspicious.push({ line: p.line, what: `a paragraph ending without sentence-final punctuation: "…${end.slice(-20)}"` });
    if ([...p.text].length > LONG_PARAGRAPH)
      suspicious.push({ line: p.line, what: `a very long paragraph (${[...p.text].length} characters)` });
  }
  return {
    headings: [...byDepth].sort((a, b) => a[0] - b[0]).map(([depth, texts]) => ({ depth, count: texts.length, first: texts.slice(0, 3) })),
    paragraphs: paragraphs.length,
    boxes: tree.body.filter((n) => n.type === 'aside').length,
    figures: tree.body.filter((n) => n.type === 'figure').length,
    suspicious: suspicious.sort((a, b) => a.line - b.line),
  };
}

/** Inspects a source; `title` as documents.yaml gives it (undefined: the text prints none, or it has no record yet). */
export function inspectSource(bytes: Uint8Array, file: string, title?: string): Inspection {
  const decoded = decodeSource(bytes, file);
  const lines = splitLines(decoded.text);
  const layout = detectLayout(lines);
  const tree = buildTree(reflow(dropArtefacts(lines, layout), layout), title, file);
  const summary = inspectTree(tree);
  const warnings = scrapingWarnings(decoded.text).map((w) => ({ line: w.line, what: w.message }));
  return {
    encoding: decoded.encoding + (decoded.hadBom ? ' (BOM)' : '') + (decoded.hadCrlf ? ', CRLF' : ''),
    script: detectScript(decoded.text),
    layout,
    artefacts: findArtefacts(lines, layout),
    ...summary,
    suspicious: [...summary.suspicious, ...warnings].sort((a, b) => a.line - b.line),
  };
}

/** The summary as text, one fact a line; at most `limit` suspicious places listed. */
export function formatInspection(file: string, r: Inspection, limit = 20): string {
  const layout = r.layout.wrapped
    ? `wrapped at ${r.layout.width} ${{ width: 'em', chars: 'characters', spaced: 'characters with spaces' }[r.layout.measure]} (full from ${r.layout.fullFrom}${r.layout.indents ? ', paragraph indents kept' : ''}); lines re-joined`
    : 'one paragraph per line (not wrapped)';
  const out = [
    `${file}`,
    `  encoding: ${r.encoding}; script: ${r.script}`,
    `  layout: ${layout}`,
    ...r.headings.map(
      (h) =>
        `  h${h.depth}: ${h.count} (${h.first.map((t) => `"${t.length > 30 ? `${t.slice(0, 30)}…` : t}"`).join(', ')}${h.count > h.first.length ? ', …' : ''})`,
    ),
    `  paragraphs: ${r.paragraphs}; boxes: ${r.boxes}; figures: ${r.figures}`,
    `  print furniture removed: ${r.artefacts.length ? r.artefacts.map((a) => `${a.kind} ${a.text} (line ${a.line})`).join(', ') : 'none'}`,
    `  suspicious places: ${r.suspicious.length}${r.suspicious.length ? '' : ' (none)'}`,
    ...r.suspicious.slice(0, limit).map((s) => `    ${file}:${s.line}: ${s.what}`),
  ];
  if (r.suspicious.length > limit) out.push(`    … and ${r.suspicious.length - limit} more (npm run inspect -- ${file} lists all)`);
  return out.join('\n');
}
