/**
 * How a report page is rendered, defined once: MDX -> hast -> stable block ids
 * -> glossary and entity links -> target badges -> self-links -> figures kept whole. The build's
 * annotate stage runs it once per document (`renderReport`): the mentions it
 * records feed the site index and the finished page body is stored beside the
 * MDX (`storeRendered`). The report page inserts that body (`readRendered`)
 * instead of annotating a second time, so an occurrence listed on a glossary or
 * entity page is, by construction, a link on the report page; Astro reads only
 * the MDX's frontmatter (src/pipeline/report-loader.ts) and compiles no MDX.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import type { VFile } from 'vfile';
import { VFile as File } from 'vfile';
import { jsxAsHtml } from '../core/hast.ts';
import type { AnchorRegistry } from '../data/anchors-schema.ts';
import type { Placement } from './anchors.ts';
import type { BadgeClause } from '../tracker/badges.ts';
import { type Mention, rehypeAnnotate } from './rehype-annotate.ts';
import { rehypeBlockIds } from './rehype-block-ids.ts';
import { rehypeCellWords } from './rehype-cell-words.ts';
import { rehypeFigureNobr } from './rehype-figure-nobr.ts';
import { rehypeListsTables } from './rehype-lists-tables.ts';
import { rehypePermalinks } from './rehype-permalinks.ts';
import { rehypeTargetBadges } from './rehype-target-badges.ts';
import type { Pattern } from './term-patterns.ts';

export interface ReportOptions {
  patterns: Pattern[];
  /** Each document's place by slug (null outside the registry): an indicator links only in its place's documents. */
  places: Record<string, string | null>;
  clauses: BadgeClause[];
  /** The site's base path, ending in "/". */
  base: string;
  /** Each document's anchor registry by slug (content/anchors/); a document without one gets the ids its positions give. */
  anchors: ReadonlyMap<string, AnchorRegistry>;
}

/** The MDX node types remark-rehype hands on untouched (`jsxAsHtml` writes them as HTML when the body is stored). */
const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** The rehype plugins of a report page, in order: ids first, so no later feature can shift an anchor. */
export function reportPlugins(options: ReportOptions, slug: string): PluggableList {
  const { patterns, places, clauses, base, anchors } = options;
  return [
    [rehypeBlockIds, { registry: anchors.get(slug) }],
    [rehypeAnnotate, { patterns, places, base, documentSlug: slug }],
    [rehypeTargetBadges, { clauses, base, documentSlug: slug }],
    rehypePermalinks,
    // Last: they only wrap figures in nowrap spans and offer breaks between a table cell's words, after every plugin that reads text offsets.
    rehypeFigureNobr,
    rehypeCellWords,
  ];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The YAML between a report's opening `---` lines; `file` names it when there is none. */
export function frontmatterOf(mdx: string, file: string): string {
  const found = FRONTMATTER.exec(mdx);
  if (!found)
    throw new Error(`${file}: no frontmatter (the convert stage writes one, between two lines "---", at the top of every report)`);
  return found[1]!;
}

/** MDX up to hast (remark-mdx; no GFM, no smartypants, which would rewrite source characters), lists and tables as HTML, then `plugins`. */
export function mdxToHast(mdx: string, plugins: PluggableList, path?: string): { tree: Root; file: VFile } {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkRehype, { passThrough: MDX_NODES } as RemarkRehypeOptions)
    .use(rehypeListsTables)
    .use(plugins);
  const file = new File({ value: mdx.replace(FRONTMATTER, ''), ...(path ? { path } : {}) });
  const tree = processor.runSync(processor.parse(file), file);
  return { tree, file };
}

export interface RenderedReport {
  tree: Root;
  mentions: Mention[];
  /** The report's ids and the registry that holds them. */
  anchors: Placement;
}

export function renderReport(mdx: string, slug: string, options: ReportOptions): RenderedReport {
  const { tree, file } = mdxToHast(mdx, reportPlugins(options, slug), `${slug}.mdx`);
  return { tree, mentions: file.data.mentions ?? [], anchors: file.data.anchors! };
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** What the annotate stage stores for a report page: its body as HTML, the headings of its contents, the MDX's hash. */
export interface StoredReport {
  mdx: string;
  headings: MarkdownHeading[];
  html: string;
}

/**
 * Stores a rendered tree as the HTML and headings Astro's MDX pipeline would
 * make of it (its own heading collector; hast-util-to-html with the defaults
 * its static optimisation uses), with the hash of the MDX it was rendered from.
 * Like Astro's collector, it gives `tree`'s headings that have no id one.
 */
export function storeRendered(dir: string, slug: string, mdx: string, tree: Root): void {
  const file = new File({ path: `${slug}.mdx` });
  (rehypeHeadingIds() as (tree: Root, file: VFile) => void)(tree, file);
  const headings = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? [];
  const stored: StoredReport = { mdx: digest(mdx), headings, html: toHtml(jsxAsHtml(tree)) };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${slug}.json`), JSON.stringify(stored));
}

/**
 * The report page's side: the stored body of `mdxPath`, read when the page is
 * rendered. A missing or stale one stops the page with a sentence, since
 * rendering it here would be a second, unchecked annotation.
 */
export function readRendered(dir: string, mdxPath: string): StoredReport {
  const stored = join(dir, `${basename(mdxPath, '.mdx')}.json`);
  if (!existsSync(stored))
    throw new Error(
      `${mdxPath}: no rendered report at ${stored}; build with \`npm run build\`, which renders every report before Astro runs.`,
    );
  const report = JSON.parse(readFileSync(stored, 'utf8')) as StoredReport;
  if (report.mdx !== digest(readFileSync(mdxPath, 'utf8')))
    throw new Error(`${mdxPath}: changed after the annotate stage rendered it; run \`npm run build\` again.`);
  return report;
}
