/**
 * How a report page is rendered, defined once: MDX -> hast -> stable block ids
 * -> glossary and entity links -> target badges -> self-links -> figures kept whole. The build's
 * annotate stage runs it once per document (`renderReport`): the mentions it
 * records feed the site index and the finished tree is stored beside the MDX.
 * Astro's MDX pipeline then takes that stored tree (`rehypeRenderedReport`)
 * instead of annotating a second time, so an occurrence listed on a glossary or
 * entity page is, by construction, a link on the report page.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import type { VFile } from 'vfile';
import { VFile as File } from 'vfile';
import type { BadgeClause } from '../tracker/badges.ts';
import { type Mention, rehypeAnnotate } from './rehype-annotate.ts';
import { rehypeBlockIds } from './rehype-block-ids.ts';
import { rehypeFigureNobr } from './rehype-figure-nobr.ts';
import { rehypePermalinks } from './rehype-permalinks.ts';
import { rehypeTargetBadges } from './rehype-target-badges.ts';
import type { Pattern } from './term-patterns.ts';

export interface ReportOptions {
  patterns: Pattern[];
  /** Each document's level of government (市/区/县) by slug: an indicator links only at its own level. */
  levels: Record<string, string>;
  clauses: BadgeClause[];
  /** The site's base path, ending in "/". */
  base: string;
}

/** The MDX node types remark-rehype hands on untouched, as @astrojs/mdx does. */
const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** The rehype plugins of a report page, in order: ids first, so no later feature can shift an anchor. */
export function reportPlugins(options: ReportOptions, slug: string): PluggableList {
  const { patterns, levels, clauses, base } = options;
  return [
    rehypeBlockIds,
    [rehypeAnnotate, { patterns, levels, base, documentSlug: slug }],
    [rehypeTargetBadges, { clauses, base, documentSlug: slug }],
    rehypePermalinks,
    // Last: it only wraps figures in nowrap spans, after every plugin that reads text offsets.
    rehypeFigureNobr,
  ];
}

export function stripFrontmatter(mdx: string): string {
  return mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** MDX up to hast, as @astrojs/mdx parses it (no GFM, no smartypants), then `plugins`. */
export function mdxToHast(mdx: string, plugins: PluggableList, path?: string): { tree: Root; file: VFile } {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkRehype, { passThrough: MDX_NODES } as RemarkRehypeOptions)
    .use(plugins);
  const file = new File({ value: stripFrontmatter(mdx), ...(path ? { path } : {}) });
  const tree = processor.runSync(processor.parse(file), file);
  return { tree, file };
}

export interface RenderedReport {
  tree: Root;
  mentions: Mention[];
}

export function renderReport(mdx: string, slug: string, options: ReportOptions): RenderedReport {
  const { tree, file } = mdxToHast(mdx, reportPlugins(options, slug), `${slug}.mdx`);
  return { tree, mentions: file.data.mentions ?? [] };
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** Stores a rendered tree with the hash of the MDX it was rendered from. */
export function storeRendered(dir: string, slug: string, mdx: string, tree: Root): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${slug}.json`), JSON.stringify({ mdx: digest(mdx), tree }));
}

/**
 * Astro's side: replaces the tree MDX parsed with the one the annotate stage
 * rendered from the same file. A missing or stale tree stops the page with a
 * sentence, since rendering it here would be a second, unchecked annotation.
 */
export function rehypeRenderedReport({ dir }: { dir: string }) {
  return (tree: Root, file: VFile) => {
    const path = file.path;
    const stored = join(dir, `${basename(path, '.mdx')}.json`);
    if (!existsSync(stored))
      throw new Error(
        `${path}: no rendered tree at ${stored}; build with \`npm run build\`, which renders every report before Astro runs.`,
      );
    const { mdx, tree: rendered } = JSON.parse(readFileSync(stored, 'utf8')) as { mdx: string; tree: Root };
    if (mdx !== digest(readFileSync(path, 'utf8')))
      throw new Error(`${path}: changed after the annotate stage rendered it; run \`npm run build\` again.`);
    tree.children = rendered.children;
  };
}
