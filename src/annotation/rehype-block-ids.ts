/**
 * Gives every heading and paragraph of a report a stable id derived from the
 * document's structure alone: headings by their position in the outline
 * (`s2-3` = third subsection of the second part), paragraphs by their position
 * in their section (`s2-3-p4`), 专栏 box contents by their box (`box-8-p2`).
 * It runs before any annotation, so later features never shift an anchor.
 * Boxes and figures arrive as MDX JSX elements carrying their own ids.
 */
import type { Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

type Node = RootContent | MdxJsxFlowElementHast;

const HEADING = /^h([2-6])$/;

function jsxId(node: MdxJsxFlowElementHast): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function rehypeBlockIds() {
  return (tree: Root) => {
    const counters: number[] = [];
    let section = 's0';
    let paragraph = 0;
    const visit = (children: Node[], box?: string) => {
      let boxParagraph = 0;
      for (const node of children) {
        if (node.type === 'mdxJsxFlowElement') {
          const id = jsxId(node);
          if (node.name === 'aside' && id) visit(node.children as Node[], id);
          continue;
        }
        if (node.type !== 'element') continue;
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
          node.properties.id = box ? `${box}-p${++boxParagraph}` : `${section}-p${++paragraph}`;
        }
      }
    };
    visit(tree.children as Node[]);
  };
}
