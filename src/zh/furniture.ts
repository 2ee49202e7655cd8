/**
 * Page furniture: what a page shows around the source text (badges,
 * self-links, figure notes, tooltips) and what is no text at all (scripts,
 * styles, templates). Never source text, so never annotated, indexed, matched,
 * kept whole, highlighted or checked for fidelity. The one test, for the
 * build's hast and MDX JSX trees and the browser's DOM. Browser-safe.
 */

/** The attribute that marks furniture; the build writes it as `data-chrome=""`. */
export const FURNITURE_ATTRIBUTE = 'data-chrome';
/** Elements that hold no text of the page. */
const NO_TEXT = ['script', 'style', 'template'];

/** A CSS selector for furniture, for `closest()` in the browser. */
export const FURNITURE_SELECTOR = [`[${FURNITURE_ATTRIBUTE}]`, ...NO_TEXT].join(', ');

/** A hast element (properties in camelCase: dataChrome) or an MDX JSX element (attributes as written). */
type Node =
  | { type: 'element'; tagName: string; properties: Record<string, unknown> }
  | { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: readonly { type: string; name?: string }[] };

export function isFurniture(node: Node): boolean {
  if (node.type === 'element') {
    const mark = node.properties.dataChrome;
    return NO_TEXT.includes(node.tagName) || (mark !== undefined && mark !== null && mark !== false);
  }
  return NO_TEXT.includes(node.name ?? '') || node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === FURNITURE_ATTRIBUTE);
}
