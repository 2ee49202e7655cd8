/** One source document, bytes in, MDX out: decode -> lines -> blocks -> tree -> mdast -> MDX. */
import type { DocumentMeta } from '../data/documents-schema.ts';
import { decodeSource } from './decode.ts';
import type { DocumentTree } from './document-tree.ts';
import { detectLayout, dropPageNumbers, reflow, splitLines } from './reflow.ts';
import { buildTree } from './structure.ts';
import { toMdast } from './to-mdast.ts';
import { toMdx } from './to-mdx.ts';

export interface ConvertedDocument {
  mdx: string;
  tree: DocumentTree;
  encoding: string;
  wrapped: boolean;
  /** Non-whitespace characters in the source text. */
  sourceChars: number;
}

export function convertSource(bytes: Uint8Array, meta: DocumentMeta, file: string): ConvertedDocument {
  const decoded = decodeSource(bytes, file);
  const lines = splitLines(decoded.text);
  const layout = detectLayout(lines);
  const tree = buildTree(reflow(dropPageNumbers(lines, layout), layout), meta.title, file);
  const sourceChars = decoded.text.replace(/\s/gu, '').length;
  const mdx = toMdx(toMdast(tree), { ...meta, front: tree.front.map(({ role, text }) => ({ role, text })), sourceChars });
  return { mdx, tree, encoding: decoded.encoding, wrapped: layout.wrapped, sourceChars };
}
