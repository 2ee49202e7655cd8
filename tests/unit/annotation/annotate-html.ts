/**
 * Runs rehype-annotate on an HTML fragment written the way a report's hast
 * looks after rehype-block-ids (paragraphs and headings carry ids). Boxes and
 * figures (aside, figure, figcaption, div) are turned into the MDX JSX
 * elements the report pipeline really delivers, and back into HTML elements
 * afterwards so the result can be serialised.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import type { Pattern } from '../../../src/annotation/term-patterns.ts';
import { type AnnotateOptions, type Mention, rehypeAnnotate } from '../../../src/annotation/rehype-annotate.ts';

const JSX_TAGS = new Set(['aside', 'figure', 'figcaption', 'div']);
/** The JSX attributes the annotator reads; other attributes only need to survive the round trip. */
const JSX_ATTRIBUTES: Record<string, string> = { id: 'id', dataChrome: 'data-chrome' };

export interface Annotated {
  tree: Root;
  html: string;
  mentions: Mention[];
}

export function annotateHtml(
  html: string,
  patterns: Pattern[],
  options: Partial<Omit<AnnotateOptions, 'patterns'>> = {},
  path?: string,
): Annotated {
  const { tree, file } = transformReportHtml(html, rehypeAnnotate({ base: '/hengyang/', ...options, patterns }), path);
  return { tree, html: toHtml(tree), mentions: file.data.mentions ?? [] };
}

/** Runs any report transform on such a fragment, as Astro's MDX pipeline would. */
export function transformReportHtml(
  html: string,
  transform: (tree: Root, file: VFile) => void,
  path?: string,
): { tree: Root; file: VFile } {
  const tree = fromHtml(html, { fragment: true });
  const elements = new Map<MdxJsxFlowElementHast, Element>();
  tree.children = toJsx(tree.children, elements);
  const file = new VFile(path ? { path } : {});
  transform(tree, file);
  tree.children = fromJsx(tree.children, elements);
  return { tree, file };
}

function toJsx<T extends RootContent>(nodes: T[], elements: Map<MdxJsxFlowElementHast, Element>): T[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    node.children = toJsx(node.children, elements);
    if (!JSX_TAGS.has(node.tagName)) return node;
    const attributes: MdxJsxAttribute[] = Object.entries(node.properties)
      .filter(([key]) => key in JSX_ATTRIBUTES)
      .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: JSX_ATTRIBUTES[key]!, value: String(value) }));
    const jsx: MdxJsxFlowElementHast = { type: 'mdxJsxFlowElement', name: node.tagName, attributes, children: node.children };
    elements.set(jsx, node);
    return jsx as T;
  });
}

function fromJsx<T extends RootContent>(nodes: T[], elements: Map<MdxJsxFlowElementHast, Element>): T[] {
  return nodes.map((node) => {
    if (node.type === 'element') node.children = fromJsx(node.children, elements);
    if (node.type !== 'mdxJsxFlowElement') return node;
    const element = elements.get(node)!;
    element.children = fromJsx(node.children, elements);
    return element as T;
  });
}

/** The text of every paragraph by id, to check each mention against the text at its offset. */
export function paragraphTexts(tree: Root): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'p' && typeof node.properties.id === 'string')
      texts.set(node.properties.id, toString(node));
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return texts;
}
