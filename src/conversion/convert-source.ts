/** One source document, bytes in, MDX out: decode -> lines -> blocks -> tree -> mdast -> MDX. */
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { type Script, detectScript } from '../core/script.ts';
import { decodeSource } from './decode.ts';
import type { DocumentTree } from './document-tree.ts';
import { detectLayout, dropPageNumbers, reflow, splitLines } from './reflow.ts';
import { buildTree } from './structure.ts';
import { toMdast } from './to-mdast.ts';
import { toMdx } from './to-mdx.ts';
import { HAN } from '../zh/chars.ts';
import { type ImportedDocument, importedText } from '../import/imported.ts';
import { importedTree } from '../import/to-tree.ts';

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

/** Pinyin in brackets after a character, as scraped copies carry it: 經(jīng)濟(jì). */
const PINYIN = new RegExp(`${HAN}[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]`, 'u');

/** Scraping leftovers, reported with their line (never removed: the source stays as received). */
export function scrapingWarnings(text: string): ConversionWarning[] {
  const warnings: ConversionWarning[] = [];
  text.split('\n').forEach((line, i) => {
    const hit = line.match(PINYIN);
    if (hit)
      warnings.push({
        line: i + 1,
        message: `pinyin in brackets after a character ("${hit[0]}"), a leftover of a scraped copy: kept as it is; clean the source if it is not the document's own text.`,
      });
  });
  return warnings;
}

export function convertSource(bytes: Uint8Array, meta: DocumentMeta, file: string): ConvertedDocument {
  const decoded = decodeSource(bytes, file);
  const lines = splitLines(decoded.text);
  const layout = detectLayout(lines);
  const tree = buildTree(reflow(dropPageNumbers(lines, layout), layout), meta.title, file);
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
  return { mdx, tree, encoding: decoded.encoding, wrapped: layout.wrapped, sourceChars, script, warnings: scrapingWarnings(decoded.text) };
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
  const warnings = [...imported.warnings.map((w) => ({ line: 1, message: `${w.origin}: ${w.message}` })), ...scrapingWarnings(text)];
  return { mdx, tree, encoding: imported.format, wrapped: false, sourceChars, script, warnings, imported };
}
