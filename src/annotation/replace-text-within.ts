/**
 * One walk for the plugins that rewrite the text of a report's blocks
 * (figures kept whole, table cells' word breaks): every text node inside an
 * element named in `within` (an HTML element or an MDX one) is replaced by
 * what `replace` gives, page furniture (data-chrome), code and whatever
 * `ignore` names are left alone, and the nodes put in are not walked again.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { isFurniture } from '../zh/furniture.ts';

export interface ReplaceTextOptions {
  /** Names of the elements whose text is replaced, at any depth below them. */
  within: ReadonlySet<string>;
  replace: (text: Text) => ElementContent[];
  /** Elements to leave alone with all they hold, beside furniture, code and pre. */
  ignore?: (element: Element) => boolean;
}

type Parent = Root | Element | MdxJsxFlowElementHast;

export function replaceTextWithin(tree: Root, options: ReplaceTextOptions): void {
  const { within, replace, ignore } = options;
  const walk = (node: Parent, inside: boolean): void => {
    const children = node.children as ElementContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'text' && inside) {
        const parts = replace(child);
        children.splice(i, 1, ...parts);
        i += parts.length - 1;
      } else if (child.type === 'element') {
        if (isFurniture(child) || child.tagName === 'code' || child.tagName === 'pre' || ignore?.(child)) continue;
        walk(child, inside || within.has(child.tagName));
      } else if ((child as unknown as MdxJsxFlowElementHast).type === 'mdxJsxFlowElement') {
        const jsx = child as unknown as MdxJsxFlowElementHast;
        if (isFurniture(jsx)) continue;
        walk(jsx, inside || within.has(jsx.name ?? ''));
      }
    }
  };
  walk(tree, false);
}
