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
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { isFurniture } from '../zh/furniture.ts';
import { phrases } from '../zh/phrases.ts';

const CELLS = new Set(['td', 'th']);

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

function split(text: Text): ElementContent[] {
  const parts = phrases(text.value);
  if (parts.length < 2) return [text];
  return parts.flatMap((value, i): ElementContent[] => (i ? [wbr(), { type: 'text', value }] : [{ type: 'text', value }]));
}

type Parent = Root | Element | MdxJsxFlowElementHast;

function visit(node: Parent, inCell: boolean): void {
  const children = node.children as ElementContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text' && inCell) {
      const parts = split(child);
      children.splice(i, 1, ...parts);
      i += parts.length - 1;
    } else if (child.type === 'element') {
      const nobr = child.properties.className?.includes('nobr');
      if (isFurniture(child) || nobr || child.tagName === 'code' || child.tagName === 'pre') continue;
      visit(child, inCell || CELLS.has(child.tagName));
    } else if ((child as unknown as MdxJsxFlowElementHast).type === 'mdxJsxFlowElement') {
      const jsx = child as unknown as MdxJsxFlowElementHast;
      if (isFurniture(jsx)) continue;
      visit(jsx, inCell || CELLS.has(jsx.name ?? ''));
    }
  }
}

export function rehypeCellWords() {
  return (tree: Root) => visit(tree, false);
}
