/**
 * Gives every heading and paragraph of a report a stable id derived from the
 * document's structure alone: headings by their position in the outline
 * (`s2-3` = third subsection of the second part), paragraphs by their position
 * in their section (`s2-3-p4`), 专栏 box contents by their box (`box-8-p2`).
 * It runs before any annotation, so later features never shift an anchor.
 * Boxes and figures arrive as MDX JSX elements carrying their own ids.
 */
import type { Root } from 'hast';
import { visitBlocks } from '../core/hast.ts';

const HEADING = /^h([2-6])$/;

export function rehypeBlockIds() {
  return (tree: Root) => {
    const counters: number[] = [];
    let section = 's0';
    let paragraph = 0;
    const boxParagraphs = new Map<string, number>();
    visitBlocks(tree, (node, box) => {
      const level = node.tagName.match(HEADING)?.[1];
      if (level && box) {
        node.properties.id = `${box}-title`;
      } else if (level) {
        const depth = Number(level) - 2;
        counters.length = depth + 1;
        for (let i = 0; i < depth; i++) counters[i] ??= 0;
        counters[depth] = (counters[depth] ?? 0) + 1;
        section = `s${counters.join('-')}`;
        node.properties.id = section;
        paragraph = 0;
      } else if (node.tagName === 'p') {
        if (box) {
          const n = (boxParagraphs.get(box) ?? 0) + 1;
          boxParagraphs.set(box, n);
          node.properties.id = `${box}-p${n}`;
        } else node.properties.id = `${section}-p${++paragraph}`;
      }
    });
  };
}
