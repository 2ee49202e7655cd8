/** One source document, bytes in, MDX out: decode -> lines -> blocks -> tree -> mdast -> MDX. */
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { type Script, detectScript } from '../core/script.ts';
import { decodeSource } from './decode.ts';
import type { DocumentTree } from './document-tree.ts';
import { dropArtefacts } from './artefacts.ts';
import { type Line, detectLayout, reflow, splitLines } from './reflow.ts';
import { buildTree } from './structure.ts';
import { toMdast } from './to-mdast.ts';
import { toMdx } from './to-mdx.ts';
import { type ImportedDocument, importedText } from '../import/imported.ts';
import { importedTree } from '../import/to-tree.ts';
import { PINYIN_GLOSS } from '../zh/reading.ts';

export interface ConvertedDocument {
  mdx: string;
  tree: DocumentTree;
  encoding: string;
  wrapped: boolean;
  /** Non-whitespace characters in the source text. */
  sourceChars: number;
  /** The script the text is written in; the page declares it. */
  script: Script;
  /** Things a maintainer should look at before publishing; the text is converted as it is. */
  warnings: ConversionWarning[];
  /** For a PDF, DOCX or HTML source: what its importer read (its text is what the page must hold). */
  imported?: ImportedDocument;
}

export interface ConversionWarning {
  line: number;
  message: string;
}

/**
 * Scraping leftovers, reported with their line (never removed: the source stays as received; the reading that
 * links, figures and search use leaves them out, src/zh/reading.ts).
 */
export function scrapingWarnings(text: string): ConversionWarning[] {
  const warnings: ConversionWarning[] = [];
  text.split('\n').forEach((line, i) => {
    const hits = [...line.matchAll(PINYIN_GLOSS)];
    const at = hits[0]?.index;
    if (at !== undefined)
      warnings.push({
        line: i + 1,
        message: `${hits.length} pinyin gloss${hits.length > 1 ? 'es' : ''} in brackets after a character ("${line.slice(Math.max(0, at - 1), at + hits[0]![0].length)}"), a leftover of a scraped copy: the page keeps ${hits.length > 1 ? 'them' : 'it'} as written, links and search read the text without ${hits.length > 1 ? 'them' : 'it'}.`,
      });
  });
  return warnings;
}

/**
 * The build's one warning for a scraped copy's pinyin glosses: a glossed copy holds them on most of its lines, and one
 * warning a line would bury every other warning. It names the first line, the count and the lines (`inspect` lists
 * each line with its first gloss, scrapingWarnings).
 */
export function glossWarning(text: string): ConversionWarning[] {
  const glossed = text.split('\n').flatMap((line, i) => {
    const hits = [...line.matchAll(PINYIN_GLOSS)];
    return hits.length
      ? [{ line: i + 1, hits: hits.length, first: line.slice(Math.max(0, hits[0]!.index - 1), hits[0]!.index + hits[0]![0].length) }]
      : [];
  });
  if (!glossed.length) return [];
  const count = glossed.reduce((sum, l) => sum + l.hits, 0);
  const at = glossed.slice(0, 10).map((l) => l.line);
  return [
    {
      line: glossed[0]!.line,
      message: `${count} pinyin gloss${count > 1 ? 'es' : ''} in brackets after a character ("${glossed[0]!.first}"), a leftover of a scraped copy, on ${glossed.length} line(s): ${at.join(', ')}${glossed.length > 10 ? ', …' : ''}; the page keeps them as written, links and search read the text without them.`,
    },
  ];
}

/**
 * Lines that held a whole page and were read as its pieces (`flattenedPieces` in reflow.ts): the maintainer should check
 * their paragraphs, since the line breaks were guessed from spaces.
 */
export function flattenedWarnings(lines: Line[]): ConversionWarning[] {
  const pieces = new Map<number, number>();
  for (const l of lines) pieces.set(l.line, (pieces.get(l.line) ?? 0) + 1);
  return [...pieces]
    .filter(([, n]) => n > 1)
    .map(([line, n]) => ({
      line,
      message: `the line holds a whole page (a document site's text layer, or a copy that turned line ends into spaces): it is read as ${n} lines parted at its spaces; check its paragraphs and headings.`,
    }));
}

export function convertSource(bytes: Uint8Array, meta: DocumentMeta, file: string): ConvertedDocument {
  const decoded = decodeSource(bytes, file);
  const lines = splitLines(decoded.text);
  const layout = detectLayout(lines);
  const tree = buildTree(reflow(dropArtefacts(lines, layout), layout), meta.title, file);
  const sourceChars = decoded.text.replace(/\s/gu, '').length;
  const script = detectScript(decoded.text);
  // The copy's checksum, as content/sources/SHA256SUMS lists it, so a reader can check a copy of their own against ours.
  const sourceSha256 = createHash('sha256').update(bytes).digest('hex');
  const mdx = toMdx(toMdast(tree), {
    ...meta,
    lang: script,
    front: tree.front.map(({ role, text }) => ({ role, text })),
    sourceChars,
    sourceSha256,
  });
  const radicals: ConversionWarning[] = decoded.radicalLines.length
    ? [
        {
          line: decoded.radicalLines[0]!,
          message: `radical code points a PDF extraction gave for characters (⼯ for 工) are read as the characters on ${decoded.radicalLines.length} line(s): ${decoded.radicalLines.slice(0, 10).join(', ')}${decoded.radicalLines.length > 10 ? ', …' : ''}.`,
        },
      ]
    : [];
  return {
    mdx,
    tree,
    encoding: decoded.encoding,
    wrapped: layout.wrapped,
    sourceChars,
    script,
    warnings: [...radicals, ...flattenedWarnings(lines), ...glossWarning(decoded.text)],
  };
}

/** A PDF, DOCX or HTML source, already read by its importer: its blocks become the tree the text path would make. */
export function convertImported(imported: ImportedDocument, bytes: Uint8Array, meta: DocumentMeta, file: string): ConvertedDocument {
  const { text } = importedText(imported);
  const tree = importedTree(imported, meta.title, file);
  const sourceChars = text.replace(/\s/gu, '').length;
  const script = detectScript(text);
  const mdx = toMdx(toMdast(tree), {
    ...meta,
    lang: script,
    front: tree.front.map(({ role, text: t }) => ({ role, text: t })),
    sourceChars,
    sourceSha256: createHash('sha256').update(bytes).digest('hex'),
  });
  const warnings = [...imported.warnings.map((w) => ({ line: w.line ?? 1, message: `${w.origin}: ${w.message}` })), ...glossWarning(text)];
  return { mdx, tree, encoding: imported.format, wrapped: false, sourceChars, script, warnings, imported };
}
