/**
 * `npm run bench`: how fast the build is and how heavy the built site is
 * (issue #9). Prints Markdown tables and writes them to artifacts/bench.md,
 * the figures to artifacts/bench.json.
 *
 *   npm run bench              3 clean builds, page weight, search, Lighthouse, scale 5/25/100
 *   npm run bench -- --quick   1 build, no Lighthouse, scale 5/25 only
 *   npm run bench -- --one-line  only the one-line source at 128 KB–2 MB (in process, no build)
 *   npm run bench -- --site    the site in dist/ as built: page weight, search, Lighthouse (no build, no scale);
 *                              `--only=weight,search,lighthouse` picks sections
 *   npm run bench -- --parallels only the parallel-passage detector at 5, 100 and 500 documents (in process, no build)
 *   npm run bench -- --parallels-share  only what the parallels work adds to the 100-document build (2 builds at each of
 *                              its three levels: none, detection, with compare pages; `--pairs=N` for N of each)
 *
 * Not a test: the figures depend on the machine and what else runs on it, so
 * they stay out of `npm test`; only the budgets say PASS or FAIL. Every build
 * runs in a fresh temp project (scripts/temp-project.ts), never in this tree.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  BUDGET,
  scaleMemoryBudget,
  budgetLines,
  buildBudget,
  fontBudget,
  jsBudget,
  parallelsShareBudget,
  scaleBudget,
} from './bench/budgets.ts';
import { BUILD_NOTES, buildTable, summarise, timeBuilds } from './bench/build-timing.ts';
import { largeConversionBudget, timeLargeConversion } from './bench/convert-large.ts';
import { launch } from './bench/cold-load.ts';
import { ONE_LINE_NOTES, oneLineTable, timeOneLine } from './bench/one-line.ts';
import { PARALLELS_NOTES, parallelsTable, timeParallels } from './bench/parallels.ts';
import { PARALLELS_SHARE_NOTES, parallelsShareTable, timeParallelsShare } from './bench/parallels-share.ts';
import { kb, mb, progress } from './bench/format.ts';
import { type LighthouseRun, lighthouseTable, runLighthouse } from './bench/lighthouse.ts';
import { type PageWeight, WEIGHT_NOTES, measurePages, pagesToMeasure, weightTable } from './bench/page-weight.ts';
import { Report } from './bench/report.ts';
import { SCALE_NOTES, annotateMsPerMb, scaleRuns, scaleTable } from './bench/scale.ts';
import {
  CPU_SLOWDOWN,
  SEARCH_QUERIES,
  SIDE_BY_SIDE_RUNS,
  type SearchRun,
  indexSize,
  searchOnce,
  searchTable,
  sideBySide,
  sideBySideTable,
  writePagefindApiPage,
} from './bench/search-cost.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';
import { serveDist } from './static-server.ts';

/** Where and when the figures were taken: the Markdown heading, and the same facts for bench.json. */
function heading(command: string): { markdown: string; meta: Record<string, unknown> } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: paths.root, encoding: 'utf8' }).trim();
  const cpu = cpus();
  const meta = {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: git('status', '--porcelain') !== '',
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'CPU',
    memoryBytes: totalmem(),
    node: process.versions.node,
    command,
    // Timings on a shared machine move with whatever else runs; the load average says how quiet it was.
    loadAverage: loadavg(),
  };
  const markdown = [
    '# Bench',
    '',
    `${meta.date.slice(0, 16).replace('T', ' ')} UTC · ${meta.commit}${meta.uncommittedChanges ? ' + uncommitted changes' : ''} · ${meta.cpus} × ${meta.cpuModel} · ${mb(meta.memoryBytes)} RAM · Node ${meta.node} · \`${meta.command}\``,
    '',
    `Load average at start: ${meta.loadAverage.map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min).`,
  ].join('\n');
  return { markdown, meta };
}

/** A page weight without the raw lists, for bench.json. */
const weightData = ({ transfers: _t, inlineStyles: _s, ...rest }: PageWeight) => rest;

/**
 * A copy of dist/ in a temp project whose content/ is this tree's (the pages to
 * measure are found from documents.yaml), so the bare Pagefind page is written
 * into the copy, never into the tree's site.
 */
function copyOfDist(): string {
  const projectDir = mkdtempSync(join(tmpdir(), 'hy-bench-site-'));
  cpSync(paths.dist, join(projectDir, 'dist'), { recursive: true, dereference: true });
  // A copy, not a link: the build reads only regular files inside its project.
  cpSync(paths.content, join(projectDir, 'content'), { recursive: true });
  return projectDir;
}

async function main(): Promise<void> {
  assertNodeVersion();
  ensureChromium();
  const started = performance.now();
  const quick = process.argv.includes('--quick');
  const site = process.argv.includes('--site');
  const onlyArg = process.argv.find((a) => a.startsWith('--only='));
  const only = new Set((onlyArg?.slice('--only='.length) ?? 'weight,search,lighthouse').split(','));
  const report = new Report();
  const { markdown, meta } = heading(`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
  report.section(markdown, 'meta', meta);
  const oneLine = () => {
    progress('one-line source');
    const runs = timeOneLine(paths.root);
    report.section(`## One paragraph of growing length\n\n${oneLineTable(runs)}\n\n${ONE_LINE_NOTES}`, 'oneLine', runs);
  };
  if (process.argv.includes('--one-line')) {
    oneLine();
    return;
  }
  const parallels = () => {
    const runs = timeParallels(paths.root);
    report.section(`## Parallel passages\n\n${parallelsTable(runs)}\n\n${PARALLELS_NOTES}`, 'parallels', runs);
  };
  if (process.argv.includes('--parallels')) {
    parallels();
    return;
  }
  const parallelsShare = async (pairs: number) => {
    // The share is judged, not the time: a loaded machine gets the large corpus's time limit.
    const share = await timeParallelsShare(BUDGET.scaleDocs, pairs, BUDGET.largeBuildMs);
    report.section(`## What the parallels work adds\n\n${parallelsShareTable(share)}\n\n${PARALLELS_SHARE_NOTES}`, 'parallelsShare', {
      ...share,
      runs: share.runs.map(({ level, run: { output: _o, ...run } }) => ({ level, ...run })),
    });
    return share;
  };
  if (process.argv.includes('--parallels-share')) {
    const pairsArg = process.argv.find((a) => a.startsWith('--pairs='));
    const share = await parallelsShare(pairsArg ? Number(pairsArg.slice('--pairs='.length)) : 2);
    report.section(`## Budgets\n\n${budgetLines([parallelsShareBudget(share)])}`, 'budgets', [parallelsShareBudget(share)]);
    report.write(paths.root);
    return;
  }

  let projectDir: string;
  let buildRuns: Awaited<ReturnType<typeof timeBuilds>>['runs'] = [];
  if (site) projectDir = copyOfDist();
  else {
    const timed = await timeBuilds(quick ? 1 : 3, BUDGET.scaleBuildMs);
    projectDir = timed.projectDir;
    buildRuns = timed.runs;
    const summary = summarise(buildRuns);
    report.section(
      `## Build\n\n${buildRuns.length} clean build${buildRuns.length > 1 ? 's' : ''} of the five documents, each in a fresh temp project.\n\n${buildTable(buildRuns)}\n\n${BUILD_NOTES}`,
      'build',
      {
        runs: buildRuns.map(({ output: _o, ...run }) => run),
        median: summary,
      },
    );
  }

  const dist = join(projectDir, 'dist');
  // The bare Pagefind page the search page is compared with, in this temp project's site only.
  writePagefindApiPage(dist);
  const { server, url: siteUrl } = await serveDist(dist, '/', { gzip: true });
  const browser = await launch();
  const budgets = [];
  try {
    progress('page weight');
    const pages = pagesToMeasure(projectDir);
    const weights = await measurePages(browser, dist, siteUrl, pages);
    const measured = weights.filter((w) => w !== undefined);
    if (only.has('weight'))
      report.section(
        `## Page weight\n\n${weightTable(pages, weights)}\n\n${WEIGHT_NOTES}`,
        'pages',
        pages.map((p, i) => (weights[i] ? weightData(weights[i]) : { type: p.type, built: false })),
      );

    const searches: SearchRun[] = [];
    if (only.has('search')) {
      progress('search');
      const index = indexSize(dist);
      for (const query of SEARCH_QUERIES) searches.push(await searchOnce(browser, siteUrl, query));
      report.section(
        `## Search\n\nIndex on disk (dist/pagefind): ${kb(index.bytes)} in ${index.files} files. Each query is a cold load, in a fresh browser context, of the search page with the query in its URL (as after Enter in the header box): time from navigation start to the first result shown, and every byte fetched on the way.\n\n${searchTable(searches)}`,
        'search',
        {
          index,
          queries: searches.map(({ transfers, ...s }) => ({
            ...s,
            requests: transfers.length,
            bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
          })),
        },
      );

      progress('search beside Pagefind');
      const sides = await sideBySide(browser, siteUrl, SEARCH_QUERIES);
      report.section(
        `## Search beside Pagefind's API\n\nAt ${CPU_SLOWDOWN}× CPU slowdown (CDP Emulation.setCPUThrottlingRate), cold: time from navigation start to the first result on screen (its paint, by Element Timing; the time it was put into the page is beside it), noted by the page itself (nothing of Playwright's runs in either page before it), median of ${SIDE_BY_SIDE_RUNS} runs each, the two alternating. "Pagefind's API" is a bare page on the same index that imports pagefind.js, runs one search of the query's tokens and shows the first result's title: the least a Pagefind search costs. The search page also loads its query dictionary, and runs two searches narrowed to report paragraphs (the typed phrase whole and its words) before it shows the paragraph it puts first; the alternatives and the name searches come after it.\n\n${sideBySideTable(sides)}`,
        'searchBesidePagefind',
        sides,
      );
    }

    let lighthouse: LighthouseRun[] | undefined;
    if (!quick && only.has('lighthouse')) {
      // The largest report page: the heaviest case of the template that matters most.
      const reportPage = measured.filter((w) => w.type === 'report').sort((a, b) => b.html - a.html)[0];
      const tracker = pages.find((p) => p.type === 'tracker');
      lighthouse = await runLighthouse(siteUrl, [
        { label: 'home', path: '' },
        { label: 'report', ...(reportPage ? { path: reportPage.path } : {}) },
        { label: 'tracker', ...(tracker?.path !== undefined ? { path: tracker.path } : {}) },
      ]);
    }
    if (only.has('lighthouse'))
      report.section(
        `## Lighthouse\n\n${lighthouse ? `Lighthouse's default config (mobile: simulated slow 4G, 4× CPU slowdown), scores out of 100; elements as Lighthouse counts them in the loaded page.\n\n${lighthouseTable(lighthouse)}` : 'Skipped (--quick).'}`,
        'lighthouse',
        lighthouse ?? null,
      );

    budgets.push(
      jsBudget(measured),
      fontBudget(dist, measured, [...measured.flatMap((w) => w.transfers), ...searches.flatMap((s) => s.transfers)]),
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(projectDir, { recursive: true, force: true });
  }
  if (site) {
    report.section(`## Budgets\n\n${budgetLines(budgets)}`, 'budgets', budgets);
    report.write(paths.root);
    return;
  }

  const sizes = quick ? [5, 25] : [5, 25, BUDGET.scaleDocs];
  const scale = await scaleRuns(sizes, BUDGET.scaleBuildMs);
  if (!quick) scale.push(...(await scaleRuns([BUDGET.largeDocs], BUDGET.largeBuildMs)));
  report.section(
    `## Scale\n\n${scaleTable(scale, BUDGET.scaleBuildMs)}\n\n${SCALE_NOTES}`,
    'scale',
    scale.map((s) => {
      const { output: _o, ...run } = s.run;
      return { docs: s.docs, textBytes: s.textBytes, ...run, annotateMsPerMb: annotateMsPerMb(s) ?? null };
    }),
  );

  oneLine();
  parallels();
  const share = quick ? undefined : await parallelsShare(1);
  const large = timeLargeConversion(paths.root);
  report.section(
    `## Conversion of a large source\n\nThe plan outline repeated to ${(large.bytes / 1e6).toFixed(1)} MB converts in ${(large.ms / 1000).toFixed(2)} s (decode, reflow, structure, MDX; in process).`,
    'largeConversion',
    large,
  );
  budgets.push(
    buildBudget(summarise(buildRuns).wallMs, buildRuns.length),
    scaleBudget(scale),
    scaleMemoryBudget(scale),
    parallelsShareBudget(share),
    largeConversionBudget(large),
  );
  report.section(`## Budgets\n\n${budgetLines(budgets)}`, 'budgets', budgets);
  report.section(
    `Bench took ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`,
    'benchMinutes',
    (performance.now() - started) / 60_000,
  );
  report.write(paths.root);
}

await main();
