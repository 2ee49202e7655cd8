/**
 * Table cells break between words, never inside one: a cell is set with
 * `word-break: keep-all` (global.css), which breaks Chinese only at spaces and
 * punctuation, and this plugin offers a break (<wbr>) between the phrases of
 * each run of a cell's text (src/zh/phrases.ts), so a narrow column reads
 * "城市快速路⏎二期", never "城市快速路二⏎期". A phrase wider than its column
 * widens the table, which then scrolls in its box. Only the markup changes:
 * <wbr> holds no text. Figures kept whole (.nobr) and page furniture
 * (data-chrome) are left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { phrases } from '../zh/phrases.ts';
import { replaceTextWithin } from './replace-text-within.ts';

const CELLS = new Set(['td', 'th']);

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

function split(text: Text): ElementContent[] {
  const parts = phrases(text.value);
  if (parts.length < 2) return [text];
  return parts.flatMap((value, i): ElementContent[] => (i ? [wbr(), { type: 'text', value }] : [{ type: 'text', value }]));
}

/** Figures kept whole (.nobr) have no break to offer. */
const nobr = ({ properties: { className } }: Element) =>
  Array.isArray(className)
    ? className.includes('nobr')
    : String(className ?? '')
        .split(/\s+/)
        .includes('nobr');

export function rehypeCellWords() {
  return (tree: Root) => replaceTextWithin(tree, { within: CELLS, replace: split, ignore: nobr });
}
