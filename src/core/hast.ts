/** Small helpers over hast trees that more than one transform needs. */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/** Page furniture (badges, self-links): never source text, so never indexed, matched or checked for fidelity. */
export function isChrome(node: Element): boolean {
  const value = node.properties.dataChrome;
  return value !== undefined && value !== null && value !== false;
}

/** The text a reader gets from the source: every text node except those inside page furniture. */
export function sourceText(node: Nodes | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && isChrome(node)) return '';
  return 'children' in node ? (node.children as ElementContent[]).map(sourceText).join('') : '';
}

/** The string value of an MDX JSX element's attribute (e.g. a 专栏 box's id). */
export function jsxAttribute(node: MdxJsxFlowElementHast, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/**
 * Visits a report's blocks in document order: the elements at the top of the
 * tree and those inside 专栏 boxes (`<aside id>`), with the box's id. Blocks
 * are where headings and paragraphs live; nothing inside a block is visited.
 */
export function visitBlocks(tree: Root, visitor: (block: Element, box: string | undefined) => void): void {
  visit(tree, (node, _index, parent) => {
    if (node.type === 'root') return CONTINUE;
    if (node.type === 'mdxJsxFlowElement') return node.name === 'aside' && jsxAttribute(node, 'id') !== undefined ? CONTINUE : SKIP;
    if (node.type === 'element') visitor(node, parent?.type === 'mdxJsxFlowElement' ? jsxAttribute(parent, 'id') : undefined);
    return SKIP;
  });
}
