/**
 * Bullet items into lists: paragraphs in a row that open with a bullet mark (`●`, `■`, `◆` …, the kernel's
 * BULLET_MARKS) become the items of one list, in the body and in 专栏 boxes, each keeping its mark as written.
 * Numbered lines (`1.`, `（一）`) are left to the heading rules: a number is a heading's as often as an item's.
 */
import type { BodyNode, ContentNode, ListNode, ParagraphNode } from './document-tree.ts';
import { BULLET } from './line-shapes.ts';

const isBullet = (node: BodyNode): node is ParagraphNode => node.type === 'paragraph' && BULLET.test(node.text);

function group<N extends BodyNode>(nodes: N[]): (N | ListNode)[] {
  const out: (N | ListNode)[] = [];
  let list: ListNode | undefined;
  for (const node of nodes) {
    if (isBullet(node)) {
      if (!list) out.push((list = { type: 'list', ordered: false, items: [], line: node.line }));
      list.items.push(node);
      continue;
    }
    list = undefined;
    if (node.type === 'aside') node.children = group(node.children);
    out.push(node);
  }
  return out;
}

/** The body with its bullet items in lists (boxes' too). */
export function groupBullets(body: BodyNode[]): BodyNode[] {
  return group(body);
}

/** The texts a content node holds, in order: a paragraph's, each list item's, a table's caption and rows (cells apart). */
export function contentTexts(node: ContentNode): string[] {
  if (node.type === 'paragraph') return [node.text];
  if (node.type === 'list') return node.items.map((i) => i.text);
  return [...(node.caption === undefined ? [] : [node.caption]), ...node.rows.map((r) => r.join('\t'))];
}
