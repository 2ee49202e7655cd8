/**
 * A saved web page: the article found by Mozilla's Readability over a linkedom
 * DOM, its blocks read as src/import/dom-blocks.ts reads them. Every block of
 * the page outside the article (menus, breadcrumbs, share buttons, footers,
 * related links) is listed as dropped, with its element path. Readability
 * strips style attributes, so each block's path and how it was set (centred,
 * all bold) are marked on the page before it runs.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SourceError } from '../core/errors.ts';
import { decodeSource } from '../conversion/decode.ts';
import { LOOK_ATTRIBUTE, PATH_ATTRIBUTE, domBlocks, elementPath, isAllBold, isCentred } from './dom-blocks.ts';
import type { Dropped, ImportedBlock, ImportedDocument } from './imported.ts';
import { blockText } from './imported.ts';

/** How many blocks before the article its title may stand. */
const TITLE_REACH = 4;
const key = (text: string) => text.replace(/[\s*]/gu, '');

export function importHtml(bytes: Uint8Array, file: string): ImportedDocument {
  const { text } = decodeSource(bytes, file);
  const { document } = parseHTML(text);
  const body = document.querySelector('body');
  if (!body) throw new SourceError(file, 1, 'is not an HTML page with a body; save the page as HTML, or give its text as a .txt source.');
  for (const el of body.querySelectorAll('*')) {
    el.setAttribute(PATH_ATTRIBUTE, elementPath(el));
    const look = isCentred(el) ? 'centre' : isAllBold(el) ? 'bold' : undefined;
    if (look) el.setAttribute(LOOK_ATTRIBUTE, look);
  }
  const pathOf = (el: Element) => el.closest(`[${PATH_ATTRIBUTE}]`)?.getAttribute(PATH_ATTRIBUTE) ?? 'body';
  const everything = domBlocks(body, { originOf: pathOf });
  // Readability changes the tree it reads: it gets a copy.
  const article = new Readability(parseHTML(document.documentElement.outerHTML).document, { keepClasses: true }).parse();
  const content = article?.content
    ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.querySelector('body')
    : null;
  const kept = content ? domBlocks(content, { originOf: pathOf }) : [];
  // A list of links is no article: an article has a paragraph.
  if (!kept.some((b) => b.type === 'paragraph' && key(b.text) !== '')) {
    throw new SourceError(
      file,
      1,
      'has no article that Readability can find (a page of links or a script-built page?): save the page with its text, or give the text as a .txt source.',
    );
  }
  const keptKeys = new Set(kept.map((b) => key(blockText(b))));
  const keptOrigins = new Set(kept.map((b) => b.origin));
  const first = everything.findIndex((b) => keptOrigins.has(b.origin) || keptKeys.has(key(blockText(b))));
  // Readability takes the page's title out of the article when a heading repeats it: the last such heading in the few blocks before the article (a date and source line may lie between) is put back.
  const restored: ImportedBlock[] = [];
  for (let i = first - 1; i >= Math.max(0, first - TITLE_REACH); i--) {
    const b = everything[i]!;
    if (b.type === 'heading' && article?.title && key(article.title).includes(key(b.text))) {
      restored.push(b);
      break;
    }
  }
  const blocks = [...restored, ...kept];
  const taken = new Set(blocks.map((b) => key(blockText(b))));
  const dropped: Dropped[] = everything
    .filter((b) => !taken.has(key(blockText(b))) && !keptOrigins.has(b.origin))
    .map((b) => ({ text: blockText(b), origin: b.origin, why: 'outside the article' }));
  return { format: 'html', blocks, dropped, warnings: [] };
}
