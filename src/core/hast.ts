/** Small helpers over hast trees that more than one transform needs. */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { isFurniture } from '../zh/furniture.ts';

/** The text a reader gets from the source: every text node except those inside page furniture. */
export function sourceText(node: Nodes | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && isFurniture(node)) return '';
  return 'children' in node ? (node.children as ElementContent[]).map(sourceText).join('') : '';
}

/** The string value of an MDX JSX element's attribute (e.g. a 专栏 box's id). */
export function jsxAttribute(node: MdxJsxFlowElementHast, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** Class of a list whose items print their own marks (`●…`): the page shows those, not the browser's. */
export const MARKED_LIST_CLASS = 'marked';
/** Class of the box a table scrolls in, sideways, on a narrow screen. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/** Elements that hold blocks rather than being one: lists and their items, tables and their parts, a table's scroll box. */
const CONTAINERS = new Set(['ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot']);
const isContainer = (el: Element) =>
  CONTAINERS.has(el.tagName) || (el.tagName === 'div' && [el.properties.className ?? []].flat().includes(TABLE_SCROLL_CLASS));

/** Blocks that are paragraphs to ids, links and the index: a paragraph (a list item's too), a table's caption and each row. */
export const PARAGRAPH_BLOCKS = new Set(['p', 'caption', 'tr']);

/**
 * Visits a report's blocks in document order: the elements at the top of the
 * tree and those inside 专栏 boxes (`<aside id>`), with the box's id, looking
 * into lists and tables for the paragraphs, captions and rows they hold.
 * Blocks are where headings and paragraphs live; nothing inside a block is visited.
 */
export function visitBlocks(tree: Root, visitor: (block: Element, box: string | undefined) => void): void {
  let box: string | undefined;
  visit(tree, (node, _index, parent) => {
    if (node.type === 'root') return CONTINUE;
    if (node.type === 'mdxJsxFlowElement') return node.name === 'aside' && jsxAttribute(node, 'id') !== undefined ? CONTINUE : SKIP;
    if (node.type !== 'element') return SKIP;
    if (parent?.type === 'mdxJsxFlowElement') box = jsxAttribute(parent, 'id');
    else if (parent?.type === 'root') box = undefined;
    if (isContainer(node)) return CONTINUE;
    visitor(node, box);
    return SKIP;
  });
}

/**
 * The tree with its MDX JSX elements as the HTML elements they name, for
 * serialising without MDX. The converter writes only lowercase HTML tags with
 * literal attributes (src/conversion/to-mdast.ts); anything else in a report
 * (an expression, a component) is a converter bug and stops the build.
 */
export function jsxAsHtml(tree: Root): Root {
  const convert = (node: RootContent): RootContent => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name || !/^[a-z][a-z0-9]*$/.test(node.name))
        throw new Error(`a report holds the MDX component <${node.name ?? ''}>, which is not HTML`);
      const props: Record<string, string | true> = {};
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string'))
          throw new Error(`<${node.name}> in a report has an attribute that is an MDX expression, not text`);
        props[a.name] = a.value ?? true;
      }
      return h(node.name, props, node.children.map(convert) as ElementContent[]);
    }
    if (node.type.startsWith('mdx')) throw new Error(`a report holds an MDX ${node.type}, which is not HTML`);
    return 'children' in node ? { ...node, children: (node.children as RootContent[]).map(convert) as ElementContent[] } : node;
  };
  return { ...tree, children: tree.children.map(convert) };
}
