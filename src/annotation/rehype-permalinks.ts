/**
 * Adds a self-link to every heading and paragraph that has an id: the "#" after
 * a heading and the "¶" beside a paragraph (shown on hover and keyboard focus;
 * with JavaScript the ¶ also offers a citation). The links carry no text of
 * their own (the glyph comes from CSS) so headings keep their text for the
 * table of contents, and they are page furniture: `data-chrome` keeps them out
 * of the fidelity check, `data-pagefind-ignore` out of the search index.
 */
import type { Element, Root } from 'hast';
import { PARAGRAPH_BLOCKS, visitBlocks } from '../core/hast.ts';

const HEADING = /^h[2-6]$/;

function selfLink(id: string, className: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [className], href: `#${id}`, ariaLabel: label, dataChrome: '', dataPagefindIgnore: '' },
    children: [],
  };
}

export function rehypePermalinks() {
  return (tree: Root) => {
    visitBlocks(tree, (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (HEADING.test(node.tagName)) node.children.push(selfLink(id, 'heading-link', '本节链接'));
      else if (node.tagName === 'tr') {
        // A row's ¶ sits in its last cell: a row holds cells only.
        const cells = node.children.filter((c) => c.type === 'element');
        cells.at(-1)?.children.push(selfLink(id, 'para-link', '本行链接'));
      } else if (PARAGRAPH_BLOCKS.has(node.tagName)) node.children.push(selfLink(id, 'para-link', '本段链接'));
    });
  };
}
