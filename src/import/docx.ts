/**
 * A Word file (.docx), read by mammoth: its heading styles (Heading 1–6, and
 * Title) as headings with their levels, paragraphs, numbered and bulleted
 * lists, tables. Each block's origin is its paragraph's number in the body
 * (counting empty paragraphs too, as Word does), or its table's.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { SourceError } from '../core/errors.ts';
import { PATH_ATTRIBUTE, domBlocks } from './dom-blocks.ts';
import type { ImportedDocument } from './imported.ts';

/** A zip archive starts with a local file header. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Word's Title style is the document's title; mammoth's own map covers Heading 1–6. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Numbers each paragraph, list item and table of the converted body as Word counts them, in an attribute the block walker reads. */
function numberBlocks(body: Element): void {
  let paragraph = 0;
  let table = 0;
  const visit = (el: Element): void => {
    if (el.tagName === 'TABLE') el.setAttribute(PATH_ATTRIBUTE, `table ${++table}`);
    else if (el.tagName === 'UL' || el.tagName === 'OL') for (const c of el.children) visit(c);
    else {
      el.setAttribute(PATH_ATTRIBUTE, `paragraph ${++paragraph}`);
      // A nested list inside an item.
      for (const c of el.children) if (c.tagName === 'UL' || c.tagName === 'OL') visit(c);
    }
  };
  for (const el of body.children) visit(el);
}

export async function importDocx(bytes: Uint8Array, file: string): Promise<ImportedDocument> {
  if (!ZIP.every((b, i) => bytes[i] === b)) {
    throw new SourceError(
      file,
      1,
      'is not a Word .docx file (a .docx is a zip archive, and this is not one): save it from Word as .docx, or give its text as a .txt source.',
    );
  }
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: false });
  const body = parseHTML(`<!doctype html><html><body>${value}</body></html>`).document.querySelector('body')!;
  numberBlocks(body);
  const blocks = domBlocks(body, { originOf: (el) => el.closest(`[${PATH_ATTRIBUTE}]`)?.getAttribute(PATH_ATTRIBUTE) ?? 'body' });
  if (!blocks.length) throw new SourceError(file, 1, 'holds no text: a Word file of images only (a scan?) has nothing to publish.');
  return { format: 'docx', blocks, dropped: [], warnings: [] };
}
