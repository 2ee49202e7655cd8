/**
 * The build's stages, in order, as data: what each reads, what it writes and
 * how it runs. scripts/build.ts runs them (timing each, and stopping with
 * `Build stopped: <stage>: …` on any error), the bench reads their names and
 * descriptions, and the bad-input corpus runs the stages before `astro`, so
 * the three never disagree about what a build does.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertAll, type ConvertResult } from '../conversion/convert-all.ts';
import { BuildError, SourceError } from '../core/errors.ts';
import { type SiteIndex, writeIndex } from '../index/build-index.ts';
import { writeSearchIndex } from '../search-index/write-index.ts';
import { checkFidelity } from '../verify/fidelity.ts';
import { checkLinks } from '../verify/links.ts';
import { checkContent } from './check-content.ts';
import { runNode } from './child.ts';

export interface BuildContext {
  root: string;
  /** The folder the site is built into (the staging folder), published only when every stage passed. */
  site: string;
  /** The site's base path, ending in "/". */
  base: string;
  log: (line: string) => void;
  /** Set by `convert`. */
  results?: ConvertResult[];
  /** Set by `annotate`. */
  index?: SiteIndex;
}

export interface Stage {
  name: string;
  /** One line for the bench's notes and the docs. */
  does: string;
  /** Paths it reads and writes, relative to the project root (`<site>` is the staging folder). */
  reads: string[];
  writes: string[];
  run: (ctx: BuildContext) => void | Promise<void>;
}

function need<T>(value: T | undefined, stage: string, from: string): T {
  if (value === undefined) throw new Error(`stage "${stage}" runs after "${from}", which has not run`);
  return value;
}

export const stages: readonly Stage[] = [
  {
    name: 'convert',
    does: 'sources and their records to MDX',
    reads: ['content/documents.yaml', 'content/sources/'],
    writes: ['.generated/reports/'],
    run(ctx) {
      const contentDir = join(ctx.root, 'content');
      ctx.results = convertAll({ contentDir, outDir: join(ctx.root, '.generated', 'reports'), root: ctx.root });
    },
  },
  {
    name: 'annotate',
    does: 'registries, targets and quotes checked; every paragraph and mention into the content index',
    reads: ['.generated/reports/', 'content/glossary/', 'content/entities/', 'content/targets/'],
    writes: ['.generated/index.json'],
    run(ctx) {
      const { index, unused } = checkContent(need(ctx.results, 'annotate', 'convert'), join(ctx.root, 'content'), ctx.root, ctx.base);
      ctx.index = index;
      writeIndex(index, join(ctx.root, '.generated', 'index.json'));
      if (unused.length) ctx.log(`  warning: ${unused.length} entity names/aliases never occur in a source:\n${unused.map((u) => `    ${u}`).join('\n')}`);
    },
  },
  {
    name: 'astro',
    does: 'Astro renders every page',
    reads: ['.generated/', 'content/', 'src/', 'public/'],
    writes: ['<site>/', '.astro/'],
    run: (ctx) =>
      runNode([join(ctx.root, 'node_modules', '.bin', 'astro'), 'build', '--silent'], {
        cwd: ctx.root,
        env: { ...process.env, HY_OUT_DIR: ctx.site, HY_BASE: ctx.base, ASTRO_TELEMETRY_DISABLED: '1' },
        label: 'astro build',
      }),
  },
  {
    name: 'pagefind',
    does: 'the search index and the query dictionary',
    reads: ['.generated/index.json', 'content/', '<site>/'],
    writes: ['<site>/pagefind/'],
    async run(ctx) {
      const { records } = await writeSearchIndex({ root: ctx.root, site: ctx.site, base: ctx.base });
      ctx.log(`  ${records} search records`);
    },
  },
  {
    name: 'verify',
    does: 'fidelity (every source character on its page) and every internal link and #fragment',
    reads: ['content/sources/', '<site>/'],
    writes: [],
    run(ctx) {
      let lost: SourceError | undefined;
      for (const { meta } of need(ctx.results, 'verify', 'convert')) {
        const html = readFileSync(join(ctx.site, 'reports', meta.slug, 'index.html'), 'utf8');
        const r = checkFidelity(readFileSync(join(ctx.root, 'content', 'sources', meta.source)), html, meta.source);
        ctx.log(
          `  ${meta.slug}: ${r.sourceChars} source chars, ${r.matched} on the page, removed: ${r.removed.pageNumbers} page-number digits, ${r.removed.boldMarkers} bold markers; unexplained: ${r.unexplained}`,
        );
        if (r.unexplained > 0) {
          lost ??= new SourceError(
            relative(ctx.root, join(ctx.root, 'content', 'sources', meta.source)),
            r.firstDifferenceLine ?? 1,
            `text was lost or added on the way to the page reports/${meta.slug}/ (${r.unexplained} characters; first: ${r.firstDifference}).`,
          );
        }
      }
      if (lost) throw lost;
      const { pages, links, broken } = checkLinks(ctx.site, ctx.base);
      ctx.log(`  links: ${links} internal links on ${pages} pages, ${broken.length} broken`);
      const first = broken[0];
      if (first) {
        throw new BuildError(
          `the page ${first.page} links to "${first.href}", which does not resolve (${first.reason})${broken.length > 1 ? `; ${broken.length - 1} more broken links` : ''}.`,
        );
      }
    },
  },
];

/** The stages that run before `name` (e.g. everything that checks content, before Astro). */
export function stagesBefore(name: string): Stage[] {
  const at = stages.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no stage "${name}"`);
  return stages.slice(0, at);
}
