/**
 * The build's stages, in order, as data: the files each reads and writes,
 * what it takes from earlier stages and gives to later ones in memory, and how
 * it runs. scripts/build.ts runs them through `runStage` (timing each, and
 * stopping with `Build stopped: <stage>: …` on any error), the bench reads
 * their names and descriptions, and the bad-input corpus runs the stages
 * before `astro`, so the three never disagree about what a build does.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Placement } from '../annotation/anchors.ts';
import { readSource } from '../conversion/checksums.ts';
import { convertEach, type ConvertResult } from '../conversion/convert-all.ts';
import { formatInspection, inspectSource } from '../conversion/inspect.ts';
import { BuildError, SourceError } from '../core/errors.ts';
import { checkPublishedFolder } from '../core/project-file.ts';
import { runStepsYielding, turn } from '../core/steps.ts';
import { type Content, loadContent } from '../data/content.ts';
import { anchorsFile } from '../data/load-anchors.ts';
import type { SiteData } from '../data/site-data.ts';
import { siteParallels } from '../parallels/site-parallels.ts';
import { writeParallels } from '../parallels/store.ts';
import { copyStageData, writeParallelsData } from '../open-data/parallels-data.ts';
import { parallelsOn } from '../parallels/switch.ts';
import { writeSearchIndex } from '../search-index/write-index.ts';
import { checkFidelity, checkImportedFidelity } from '../verify/fidelity.ts';
import { importAll } from '../import/import-source.ts';
import { formatImported } from '../import/inspect-imported.ts';
import { checkLinks } from '../verify/links.ts';
import { checkEach } from './check-content.ts';
import { runNode } from './child.ts';
import { collectGarbage } from './collect-garbage.ts';
import { saveAnchors } from './save-anchors.ts';
import { writeSiteData } from './write-site-data.ts';

/** What stages hand each other in memory, besides the files they write. */
export interface Handover {
  /** Set by `load`: everything in content/ but the source texts, validated. */
  content?: Content;
  /** Set by `convert`: each document's record and conversion (its MDX, as written to .generated/reports/). */
  results?: ConvertResult[];
  /** Set by `annotate`: the site index the pages are made from. */
  siteData?: SiteData;
  /** Set by `annotate`: each report's ids, with the anchor registry that holds them. */
  anchors?: Map<string, Placement>;
}

const HANDOVER = ['content', 'results', 'siteData', 'anchors'] as const satisfies readonly (keyof Handover)[];
export type HandoverField = (typeof HANDOVER)[number];

export interface BuildContext extends Handover {
  root: string;
  /** The folder the site is built into (the staging folder), published only when every stage passed. */
  site: string;
  /** The site's base path, ending in "/". */
  base: string;
  log: (line: string) => void;
}

export interface Stage {
  name: string;
  /** One line for the bench's notes and the docs. */
  does: string;
  /** Paths it reads and writes, relative to the project root (`<site>` is the staging folder). */
  reads: string[];
  writes: string[];
  /** What it takes from the stages before it and gives to those after it, in memory; `runStage` holds it to these. */
  takes: HandoverField[];
  gives: HandoverField[];
  run: (ctx: BuildContext) => void | Promise<void>;
}

/**
 * Vite's bundler (Rolldown) allocates with mimalloc, which by default commits
 * its arena up front and keeps freed memory for reuse: at 100 documents about
 * 300 MB that the page rendering after the bundling never needs. Committed on
 * demand and returned at once, the Astro child's peak falls from about 1,160
 * to 1,000 MB (measured with /proc/<pid>/smaps, docs/architecture.md).
 */
const RETURN_FREED_MEMORY = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_PURGE_MULT: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_ABANDONED_PAGE_PURGE: '1',
};

function need<T>(value: T | undefined, stage: string, from: string): T {
  if (value === undefined) throw new Error(`stage "${stage}" runs after "${from}", which has not run`);
  return value;
}

export const stages: readonly Stage[] = [
  {
    name: 'load',
    does: 'content/ loaded and validated (documents, glossary, entities, targets, anchor registries, moved pages): bad YAML stops here, before any conversion',
    reads: [
      'content/documents.yaml',
      'content/glossary/',
      'content/entities/',
      'content/targets/',
      'content/anchors/',
      'content/moved.yaml',
    ],
    writes: [],
    takes: [],
    gives: ['content'],
    run(ctx) {
      ctx.content = loadContent(join(ctx.root, 'content'), ctx.root);
    },
  },
  {
    name: 'convert',
    does: 'sources and their records to MDX',
    reads: ['content/sources/', 'public/'],
    writes: ['.generated/reports/'],
    takes: ['content'],
    gives: ['results'],
    async run(ctx) {
      checkPublishedFolder(ctx.root, join(ctx.root, 'public'));
      const contentDir = join(ctx.root, 'content');
      const { documents } = need(ctx.content, 'convert', 'load');
      const imported = await importAll(ctx.root, contentDir, documents.documents);
      ctx.results = await runStepsYielding(
        convertEach({ contentDir, outDir: join(ctx.root, '.generated', 'reports'), root: ctx.root }, documents, imported),
      );
      // What the converter made of each text (npm run inspect prints the same, in full).
      for (const { meta, doc } of ctx.results) {
        const file = join('content', 'sources', meta.source);
        ctx.log(
          doc.imported
            ? formatImported(file, doc.imported, doc.tree, 5)
            : formatInspection(file, inspectSource(readSource(ctx.root, join(ctx.root, file)), file, meta.title), 5),
        );
        await turn();
      }
    },
  },
  {
    name: 'annotate',
    does: 'each report rendered once (ids from its anchor registry, links, badges), its paragraphs and mentions indexed, every quote and indicator link checked',
    reads: [],
    writes: ['.generated/site.json', '.generated/rendered/'],
    takes: ['content', 'results'],
    gives: ['siteData', 'anchors'],
    async run(ctx) {
      const results = need(ctx.results, 'annotate', 'convert');
      const checked = await runStepsYielding(checkEach(results, need(ctx.content, 'annotate', 'load'), ctx.base));
      ctx.siteData = checked.site;
      ctx.anchors = checked.anchors;
      writeSiteData(checked, results, join(ctx.root, '.generated'));
      const { absent, unlinked } = checked.unused;
      const list = (names: string[]) => names.map((u) => `    ${u}`).join('\n');
      if (absent.length) ctx.log(`  warning: ${absent.length} entity names/aliases never occur in a source:\n${list(absent)}`);
      if (unlinked.length)
        ctx.log(
          `  note: ${unlinked.length} entity names/aliases occur only inside longer names or where context rules leave them unlinked:\n${list(unlinked)}`,
        );
    },
  },
  {
    name: 'parallels',
    does: 'parallel passages: paragraphs of other documents that share their wording (src/parallels/), and their open data',
    reads: [],
    writes: ['.generated/parallels.json', '.generated/open-data/'],
    takes: ['siteData'],
    gives: [],
    run(ctx) {
      const site = need(ctx.siteData, 'parallels', 'annotate');
      const found = parallelsOn() ? siteParallels(site) : [];
      const generated = join(ctx.root, '.generated');
      writeParallels(generated, found);
      writeParallelsData(generated, site.base, site.index.paragraphs, found);
      ctx.log(`  ${found.length} pairs of parallel passages`);
    },
  },
  {
    name: 'astro',
    does: 'Astro renders every page; the open data the parallels stage wrote is copied in',
    // Of the MDX only the frontmatter (src/pipeline/report-loader.ts); report bodies come from .generated/rendered/.
    reads: [
      '.generated/reports/',
      '.generated/site.json',
      '.generated/rendered/',
      '.generated/parallels.json',
      '.generated/open-data/',
      'src/',
      'public/',
      'package.json',
    ],
    writes: ['<site>/', '.astro/', '.build/cache/'],
    takes: [],
    gives: [],
    async run(ctx) {
      collectGarbage();
      await runNode([join(ctx.root, 'node_modules', '.bin', 'astro'), 'build', '--silent'], {
        cwd: ctx.root,
        env: { ...process.env, HY_OUT_DIR: ctx.site, HY_BASE: ctx.base, ASTRO_TELEMETRY_DISABLED: '1', ...RETURN_FREED_MEMORY },
        label: 'astro build',
      });
      // Astro empties its output folder as it starts, so these go in after it.
      copyStageData(join(ctx.root, '.generated'), ctx.site);
    },
  },
  {
    name: 'pagefind',
    does: 'the search index and the query dictionary',
    reads: ['<site>/'],
    writes: ['<site>/pagefind/'],
    takes: ['siteData'],
    gives: [],
    async run(ctx) {
      const { records } = await writeSearchIndex(need(ctx.siteData, 'pagefind', 'annotate'), ctx.site);
      ctx.log(`  ${records} search records`);
    },
  },
  {
    name: 'verify',
    does: 'fidelity (every source character on its page) and every internal link and #fragment',
    reads: ['content/sources/', '<site>/'],
    writes: [],
    takes: ['results'],
    gives: [],
    async run(ctx) {
      let lost: SourceError | undefined;
      for (const { meta, doc } of need(ctx.results, 'verify', 'convert')) {
        await turn();
        const html = readFileSync(join(ctx.site, 'reports', meta.slug, 'index.html'), 'utf8');
        const r = doc.imported
          ? checkImportedFidelity(doc.imported, html)
          : checkFidelity(readSource(ctx.root, join(ctx.root, 'content', 'sources', meta.source)), html, meta.source);
        ctx.log(
          `  ${meta.slug}: ${r.sourceChars} ${doc.imported ? `characters of the text imported from its ${doc.imported.format.toUpperCase()}` : 'source chars'}, ${r.matched} on the page, removed: ${r.removed.pageNumbers} page-number characters${r.pageNumbers.length ? ` (${r.pageNumbers.map((n) => `${n.text} at line ${n.line}`).join(', ')})` : ''}, ${r.removed.furniture} of furniture${r.furniture.length ? ` (${r.furniture.map((n) => `${n.kind} ${n.text} at line ${n.line}`).join(', ')})` : doc.imported ? ' (listed by npm run inspect)' : ''}, ${r.removed.boldMarkers} bold markers; unexplained: ${r.unexplained}`,
        );
        if (r.unexplained > 0) {
          lost ??= new SourceError(
            relative(ctx.root, join(ctx.root, 'content', 'sources', meta.source)),
            r.firstDifferenceLine ?? 1,
            `text was lost or added on the way to the page reports/${meta.slug}/ (${r.unexplained} characters; first: ${r.firstDifference}${doc.imported ? `, at ${doc.imported.blocks[(r.firstDifferenceLine ?? 1) - 1]?.origin ?? 'its end'} of the original, line ${r.firstDifferenceLine ?? 1} of .generated/imported/${meta.slug}.txt` : ''}).`,
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
  {
    name: 'anchors',
    does: 'the anchor registry of each report whose page publishes ids it did not hold, written back for the maintainer to commit',
    reads: ['content/anchors/'],
    writes: ['content/anchors/'],
    takes: ['anchors'],
    gives: [],
    run(ctx) {
      const contentDir = join(ctx.root, 'content');
      const written = saveAnchors(contentDir, need(ctx.anchors, 'anchors', 'annotate'));
      for (const w of written)
        ctx.log(
          `  ${relative(ctx.root, anchorsFile(contentDir, w.slug))}: ${w.added} new ids, ${w.revised} kept on revised text, ${w.retired} now aliases; commit it, so every build gives these ids`,
        );
      if (!written.length) ctx.log('  every id the pages publish is in content/anchors/');
    },
  },
];

/**
 * Runs a stage on a view of the build's context that holds it to its
 * declaration: reading a handed-over value it does not take, or setting one it
 * does not give, is a bug in the stage list and stops the build.
 */
export async function runStage(stage: Stage, ctx: BuildContext): Promise<void> {
  const handed = new Set<string | symbol>(HANDOVER);
  const view = new Proxy(ctx, {
    get(target, key, receiver) {
      if (handed.has(key) && !stage.takes.includes(key as HandoverField) && !stage.gives.includes(key as HandoverField))
        throw new Error(`stage "${stage.name}" reads ${String(key)}, which its declaration does not take`);
      return Reflect.get(target, key, receiver) as unknown;
    },
    set(target, key, value, receiver) {
      if (handed.has(key) && !stage.gives.includes(key as HandoverField))
        throw new Error(`stage "${stage.name}" sets ${String(key)}, which its declaration does not give`);
      return Reflect.set(target, key, value, receiver);
    },
  });
  await stage.run(view);
}

/** The stages that run before `name` (e.g. everything that checks content, before Astro). */
export function stagesBefore(name: string): Stage[] {
  const at = stages.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no stage "${name}"`);
  return stages.slice(0, at);
}
