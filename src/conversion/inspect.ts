/**
 * What the converter makes of a source, for a maintainer to read before
 * publishing (`npm run inspect -- <file>`, and printed by the build for each
 * document): encoding, script, layout, headings per level, paragraphs, boxes,
 * figures, page numbers removed, and suspicious places with their source line.
 */
import { detectScript } from '../core/script.ts';
import { flattenedWarnings, scrapingWarnings } from './convert-source.ts';
import { decodeSource } from './decode.ts';
import type { BodyNode, DocumentTree, ParagraphNode } from './document-tree.ts';
import { ENDS_WITH_COLON, IMAGE_PLACEHOLDER, SENTENCE_END } from './line-shapes.ts';
import {
  type Block,
  type Layout,
  type Line,
  detectLayout,
  isHeadingLike,
  proseFirstLine,
  reach,
  reflow,
  size,
  splitLines,
} from './reflow.ts';
import { displayWidth } from './whitespace.ts';
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
  /** Decisions taken inside a margin, riskiest first. */
  doubts: Doubt[];
}

/**
 * A decision the converter took inside a margin: a join or a split of two lines
 * near the wrap width, a heading recognised by its shape alone, a title looked
 * for past a lead. `risk` runs from 0 (safe) to 1 (a coin toss).
 */
export interface Doubt {
  line: number;
  risk: number;
  kind: 'join' | 'split' | 'heading' | 'title';
  reason: string;
}

/** How close a line's length is to the length where full lines begin: 1 at it, 0 from two em (or characters) away. */
function nearness(size: number, layout: Layout): number {
  return Math.max(0, 1 - Math.abs(size - layout.fullFrom) / 2);
}

const clip = (text: string, n = 24) => (text.length > n ? `${text.slice(0, n)}…` : text);
const unit = (layout: Layout) => (layout.measure === 'width' ? 'em' : 'characters');

/**
 * The doubts of one conversion. Joins and splits are read off the blocks reflow made: a line that ends a sentence and
 * was joined to the next, or one that does not and was split from it, is a doubt as far as its length lies near the
 * length where full lines begin (a wrapped text) or where a blank line decided (a plain one).
 */
export function findDoubts(lines: Line[], layout: Layout, blocks: Block[], tree: DocumentTree): Doubt[] {
  const starts = new Set(blocks.map((b) => b.line));
  const doubts: Doubt[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const joined = !starts.has(next.line);
    const ends = SENTENCE_END.test(line.text);
    const s = size(line, layout);
    if (layout.wrapped && joined && ends) {
      const risk = 0.3 + 0.6 * nearness(s, layout);
      doubts.push({
        line: line.line,
        risk,
        kind: 'join',
        reason: `joined to the next line although it ends a sentence: ${s} ${unit(layout)} long, full lines from ${layout.fullFrom} ("…${line.text.slice(-12)}" + "${clip(next.text, 12)}")`,
      });
    } else if (joined && reach(lines, i, layout) < layout.width - 3 && isHeadingLike(line.text) && proseFirstLine(lines, i, layout)) {
      // Short of full, read as a paragraph's first line by its clause marks and length alone (`proseFirstLine`): the nearer
      // four fifths of the width, the likelier a long heading.
      const share = s / layout.width;
      doubts.push({
        line: line.line,
        risk: 0.35 + 0.4 * Math.max(0, 1 - (share - 0.8) / 0.15),
        kind: 'join',
        reason: `a short line with no sentence end, joined to the next as a paragraph's first line by its clause marks and length (${s} ${unit(layout)} of ${layout.width}): "${clip(line.text)}"`,
      });
    } else if (!joined && IMAGE_PLACEHOLDER.test(next.text)) {
      doubts.push({
        line: line.line,
        risk: 0.3,
        kind: 'split',
        reason: `kept apart from the image placeholder after it ("${next.text}"), which joins no line: "…${line.text.slice(-12)}"`,
      });
    } else if (!joined && !ends && !ENDS_WITH_COLON.test(line.text) && !isHeadingLike(line.text)) {
      const risk = layout.wrapped ? 0.5 + 0.4 * nearness(s, layout) : 0.6;
      doubts.push({
        line: line.line,
        risk,
        kind: 'split',
        reason: `a paragraph ends here mid-sentence${layout.wrapped ? ` (${s} ${unit(layout)} long, full lines from ${layout.fullFrom})` : ''}${next.blankBefore && layout.blanksMark ? ' at a blank line' : ''}: "…${line.text.slice(-12)}" | "${clip(next.text, 12)}"`,
      });
    } else if (layout.wrapped && !joined && ends && s >= layout.fullFrom - 1) {
      doubts.push({
        line: line.line,
        risk: 0.2 + 0.5 * nearness(s, layout),
        kind: 'split',
        reason: `a paragraph ends at a sentence end on a line near full (${s} ${unit(layout)}, full lines from ${layout.fullFrom}): "…${line.text.slice(-12)}" | "${clip(next.text, 12)}"`,
      });
    }
  }
  for (const n of tree.body)
    if (n.type === 'heading' && n.kind === 'unnumbered') {
      const wide = displayWidth(n.text);
      doubts.push({
        line: n.line,
        risk: Math.min(0.8, 0.35 + wide / 80),
        kind: 'heading',
        reason: `a heading recognised by its shape alone (a short line without a sentence or a number): "${clip(n.text)}"`,
      });
    }
  const title = tree.front.find((f) => f.role === 'title');
  if (title && tree.front.some((f) => f.role === 'lead'))
    doubts.push({
      line: title.line,
      risk: 0.7,
      kind: 'title',
      reason: `the title was found after a lead paragraph, which is kept as the lead: "${clip(title.text)}"`,
    });
  if (title && tree.front.indexOf(title) > 0 && tree.front[0]!.role === 'kicker')
    doubts.push({
      line: tree.front[0]!.line,
      risk: 0.4,
      kind: 'title',
      reason: `lines before the title are taken for a kicker: "${clip(tree.front[0]!.text)}"`,
    });
  return doubts.sort((a, b) => b.risk - a.risk || a.line - b.line);
}

/** A paragraph longer than this many characters is worth a look: two paragraphs run together, or a missed heading. */
const LONG_PARAGRAPH = 1500;

/** Paragraphs and list items, in the body and in boxes (a table's rows are no prose to doubt). */
function paragraphsOf(nodes: BodyNode[]): ParagraphNode[] {
  return nodes.flatMap((n) =>
    n.type === 'paragraph' ? [n] : n.type === 'list' ? n.items : n.type === 'aside' ? paragraphsOf(n.children) : [],
  );
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
  const kept = dropArtefacts(lines, layout);
  const blocks = reflow(kept, layout);
  const tree = buildTree(blocks, title, file);
  const summary = inspectTree(tree);
  const warnings = [...flattenedWarnings(lines), ...scrapingWarnings(decoded.text)].map((w) => ({ line: w.line, what: w.message }));
  return {
    encoding: decoded.encoding + (decoded.hadBom ? ' (BOM)' : '') + (decoded.hadCrlf ? ', CRLF' : ''),
    script: detectScript(decoded.text),
    layout,
    artefacts: findArtefacts(lines, layout),
    doubts: findDoubts(kept, layout, blocks, tree),
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
  out.push(`  doubts, riskiest first: ${r.doubts.length}${r.doubts.length ? '' : ' (none)'}`);
  out.push(...r.doubts.slice(0, limit).map((d) => `    ${file}:${d.line}: [${d.kind} ${d.risk.toFixed(2)}] ${d.reason}`));
  if (r.doubts.length > limit) out.push(`    … and ${r.doubts.length - limit} more (npm run inspect -- ${file} lists all)`);
  return out.join('\n');
}
