/**
 * Document tree -> mdast (with MDX JSX for the elements Markdown lacks:
 * 专栏 boxes as <aside>, figure placeholders as <figure>, lists whose items
 * keep their printed marks, tables; src/annotation/rehype-lists-tables.ts makes
 * the last two HTML again).
 * Ids for boxes and figures come from their printed numbers; headings and
 * paragraphs get theirs later from their position (rehype-block-ids).
 */
import type { BlockContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { BodyNode, ContentNode, DocumentTree, ListNode, TableNode } from './document-tree.ts';
import { MARKED_LIST_CLASS, TABLE_SCROLL_CLASS } from '../core/hast.ts';
import { BULLET } from './line-shapes.ts';
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

const paragraph = (text: string): BlockContent => ({ type: 'paragraph', children: paragraphPhrasing(text) });

function list(node: ListNode): MdxJsxFlowElement {
  const marked = !node.ordered && node.items.every((i) => BULLET.test(i.text));
  return element(
    node.ordered ? 'ol' : 'ul',
    marked ? [attr('class', MARKED_LIST_CLASS)] : [],
    node.items.map((i) => element('li', [], [paragraph(i.text)])),
  );
}

function table(node: TableNode): MdxJsxFlowElement {
  const spanOf = new Map((node.spans ?? []).map((s) => [`${s.row}/${s.cell}`, s]));
  const row = (cells: string[], r: number, cell: 'th' | 'td') =>
    element(
      'tr',
      [],
      cells.map((c, k) => {
        const span = spanOf.get(`${r}/${k}`);
        return element(
          cell,
          [
            ...(cell === 'th' ? [attr('scope', span && span.cols > 1 ? 'colgroup' : 'col')] : []),
            ...(span && span.cols > 1 ? [attr('colspan', String(span.cols))] : []),
            ...(span && span.rows > 1 ? [attr('rowspan', String(span.rows))] : []),
          ],
          c ? [{ type: 'paragraph', children: parseBold(c) }] : [],
        );
      }),
    );
  const head = node.rows.slice(0, node.headerRows).map((r, i) => row(r, i, 'th'));
  const body = node.rows.slice(node.headerRows).map((r, i) => row(r, node.headerRows + i, 'td'));
  return element(
    'div',
    // A table wider than a phone scrolls in its own box, which a keyboard can focus to scroll it.
    [attr('class', TABLE_SCROLL_CLASS), attr('role', 'region'), attr('tabindex', '0'), attr('aria-label', node.caption ?? '表格')],
    [
      element(
        'table',
        [],
        [
          ...(node.caption === undefined ? [] : [element('caption', [], [{ type: 'paragraph', children: parseBold(node.caption) }])]),
          ...(head.length ? [element('thead', [], head)] : []),
          ...(body.length ? [element('tbody', [], body)] : []),
        ],
      ),
    ],
  );
}

function content(node: ContentNode): BlockContent {
  return node.type === 'paragraph' ? paragraph(node.text) : node.type === 'list' ? list(node) : table(node);
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
      case 'list':
      case 'table':
        return content(node);
      case 'aside': {
        const id = uniqueId(`box-${node.number}`, used);
        const title: BlockContent = { type: 'heading', depth: Math.min(6, depth + 1) as 3, children: parseBold(node.title) };
        return element(
          'aside',
          [attr('id', id), attr('class', 'box'), attr('aria-labelledby', `${id}-title`)],
          [title, ...node.children.map(content)],
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
