/**
 * Document tree -> mdast (with MDX JSX for the elements Markdown lacks:
 * 专栏 boxes as <aside>, figure placeholders as <figure>).
 * Ids for boxes and figures come from their printed numbers; headings and
 * paragraphs get theirs later from their position (rehype-block-ids).
 */
import type { BlockContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { BodyNode, DocumentTree } from './document-tree.ts';
import { paragraphPhrasing, parseBold } from './phrasing.ts';

/** Said where a figure was: the source is text only. */
export const FIGURE_NOTE = '原文此处为图表，本站所据文本未收录图像。';

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

function element(name: string, attributes: MdxJsxAttribute[], children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export function toMdast(tree: DocumentTree): Root {
  const used = new Set<string>();
  let depth = 1;
  const convert = (node: BodyNode): RootContent => {
    switch (node.type) {
      case 'heading':
        depth = node.depth;
        return { type: 'heading', depth: node.depth as 2, children: parseBold(node.text) };
      case 'paragraph':
        return { type: 'paragraph', children: paragraphPhrasing(node.text) };
      case 'aside': {
        const id = uniqueId(`box-${node.number}`, used);
        const title: BlockContent = { type: 'heading', depth: Math.min(6, depth + 1) as 3, children: parseBold(node.title) };
        return element(
          'aside',
          [attr('id', id), attr('class', 'box'), attr('aria-labelledby', `${id}-title`)],
          [title, ...node.children.map((p): BlockContent => ({ type: 'paragraph', children: paragraphPhrasing(p.text) }))],
        );
      }
      case 'figure': {
        const id = uniqueId(`fig-${node.number}`, used);
        return element(
          'figure',
          [attr('id', id), attr('class', 'figure-placeholder')],
          [
            element('figcaption', [], [{ type: 'paragraph', children: [{ type: 'text', value: node.caption }] }]),
            element(
              'div',
              [attr('class', 'figure-note'), attr('data-chrome', '')],
              [{ type: 'paragraph', children: [{ type: 'text', value: FIGURE_NOTE }] }],
            ),
          ],
        );
      }
    }
  };
  return { type: 'root', children: tree.body.map(convert) };
}
