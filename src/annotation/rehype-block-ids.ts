/**
 * Gives every heading and paragraph of a report (a list item's paragraph, a
 * table's caption and each row count as paragraphs) its id: the one the
 * document's anchor registry holds for its text (src/annotation/anchors.ts),
 * else, for a block the site never published, one from its position in the
 * outline (`s2-3` = third subsection of the second part, `s2-3-p4` its fourth
 * paragraph, `box-8-p2` in a 专栏 box) that no published id ever had. Every
 * published id that no longer names a block of its own stays on the page as
 * an empty `<span class="anchor-alias" id>` at the start of the block it leads
 * to, so old links land on their text without JavaScript. It runs before any
 * annotation, so later features never shift an anchor. Boxes and figures
 * arrive as MDX JSX elements carrying their own ids (their printed numbers).
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { PARAGRAPH_BLOCKS, jsxAttribute, sourceText, visitBlocks } from '../core/hast.ts';
import { type AnchorRegistry, emptyRegistry } from '../data/anchors-schema.ts';
import { type Block, type Placement, fingerprint, placeAnchors } from './anchors.ts';

const HEADING = /^h([2-6])$/;

export interface BlockIdsOptions {
  /** The ids the site has published for this report; none for a report never built. */
  registry?: AnchorRegistry;
}

declare module 'vfile' {
  interface DataMap {
    /** Where each block's id came from, and the registry that now holds them. */
    anchors: Placement;
  }
}

/** The ids of 专栏 boxes and figures (from the converter) and of box titles: on the page, not in the registry. */
function fixedIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'mdxJsxFlowElement', (node) => {
    const id = jsxAttribute(node, 'id');
    if (id) ids.add(id).add(`${id}-title`);
    return node.name === 'aside' ? undefined : SKIP;
  });
  return ids;
}

const aliasSpan = (id: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { id, className: ['anchor-alias'] },
  children: [],
});

export function rehypeBlockIds(options: BlockIdsOptions = {}) {
  return (tree: Root, file: { data: { anchors?: Placement } }) => {
    const counters: number[] = [];
    let section = 's0';
    let paragraph = 0;
    const boxParagraphs = new Map<string, number>();
    const nodes: Element[] = [];
    const blocks: Block[] = [];
    visitBlocks(tree, (node, box) => {
      const level = node.tagName.match(HEADING)?.[1];
      if (level && box) {
        node.properties.id = `${box}-title`;
        return;
      }
      let positional: string;
      if (level) {
        const depth = Number(level) - 2;
        counters.length = depth + 1;
        for (let i = 0; i < depth; i++) counters[i] ??= 0;
        counters[depth] = (counters[depth] ?? 0) + 1;
        section = `s${counters.join('-')}`;
        positional = section;
        paragraph = 0;
      } else if (PARAGRAPH_BLOCKS.has(node.tagName)) {
        if (box) {
          const n = (boxParagraphs.get(box) ?? 0) + 1;
          boxParagraphs.set(box, n);
          positional = `${box}-p${n}`;
        } else positional = `${section}-p${++paragraph}`;
      } else return;
      nodes.push(node);
      blocks.push({ positional, print: fingerprint(level ? 'h' : 'p', sourceText(node)) });
    });
    const placement = placeAnchors(blocks, options.registry ?? emptyRegistry(), fixedIds(tree));
    nodes.forEach((node, b) => {
      const id = placement.ids[b]!;
      node.properties.id = id;
      node.children.unshift(...(placement.aliasesOf.get(id) ?? []).map(aliasSpan));
    });
    file.data.anchors = placement;
  };
}
