/**
 * mdast -> MDX text. remark-stringify with the MDX extension escapes whatever
 * MDX would otherwise read as syntax ({ } < * _ # [ ` …), so source text always
 * renders literally.
 */
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { stringify as stringifyYaml } from 'yaml';

const processor = remark().use(remarkMdx).data('settings', { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });

// YAML 1.1 quotes date-like strings, so Astro reads "2019-01-08" as text, not a Date.
/** Lines that MDX would take for ESM (import/export) must not start a paragraph. */
function guardEsm(mdx: string): string {
  return mdx.replace(/^(import|export)(?=[\s{*])/gm, (kw) => `&#x${kw.charCodeAt(0).toString(16)};${kw.slice(1)}`);
}

export function toMdx(root: Root, frontmatter: Record<string, unknown>): string {
  const body = guardEsm(processor.stringify(root));
  return `---\n${stringifyYaml(frontmatter, { lineWidth: 0, version: '1.1' })}---\n\n${body}`;
}
