/**
 * Lists and tables arrive from the MDX as JSX (src/conversion/to-mdast.ts: Markdown cannot say that a list's
 * items print their own marks, nor hold a table with a caption and header cells). This makes them the HTML
 * elements they name, before any other plugin runs, so ids, links, the index and the page see plain HTML: a list
 * item keeps its paragraph (the block that gets an id), a cell or caption holds its text directly, and cells are
 * set apart by a space, so a row's text reads cell by cell.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

const STRUCTURE = new Set(['ul', 'ol', 'li', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']);
/** Elements whose text the MDX wraps in a paragraph that HTML does not want there. */
const INLINE_HOLDERS = new Set(['caption', 'th', 'td']);

const isStructure = (node: RootContent | ElementContent): node is MdxJsxFlowElementHast =>
  node.type === 'mdxJsxFlowElement' && STRUCTURE.has(node.name ?? '') && (node.name !== 'div' || hasTable(node));

function hasTable(node: MdxJsxFlowElementHast): boolean {
  return node.children.some((c) => c.type === 'mdxJsxFlowElement' && c.name === 'table');
}

function toElement(node: MdxJsxFlowElementHast): Element {
  const props: Record<string, string> = {};
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') props[a.name] = a.value;
  const name = node.name!;
  let children = node.children.flatMap((c): ElementContent[] => {
    if (isStructure(c)) return [toElement(c)];
    if (INLINE_HOLDERS.has(name) && c.type === 'element' && c.tagName === 'p') return c.children;
    return [c];
  });
  if (name === 'tr') children = children.flatMap((c, i) => (i ? [{ type: 'text', value: ' ' } as const, c] : [c]));
  return h(name, props, children);
}

export function rehypeListsTables() {
  return (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
      if (!parent || index === undefined || !isStructure(node)) return;
      parent.children[index] = toElement(node);
    });
  };
}
