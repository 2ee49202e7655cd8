/**
 * The whole build, in stages: convert sources -> Astro -> search index -> fidelity
 * check. It builds into .build/dist and replaces dist/ only when every stage
 * passed, so a failed build never leaves a half-built site. Stage timings go to
 * .build/timings.json for `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIndex } from '../src/index/build-index.ts';
import { convertAll } from '../src/conversion/convert-all.ts';
import { formatInspection, inspectSource } from '../src/conversion/inspect.ts';
import { SourceError } from '../src/core/errors.ts';
import { checkFidelity } from '../src/verify/fidelity.ts';
import { checkContent } from '../src/pipeline/check-content.ts';
import { writeSearchIndex } from '../src/search-index/write-index.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';

assertNodeVersion();

const staging = join(paths.root, '.build', 'dist');
const timings: Record<string, number> = {};

async function stage<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  timings[name] = Math.round(performance.now() - start);
  console.log(`✓ ${name} (${(timings[name] / 1000).toFixed(1)} s)`);
  return result;
}

/** A stage's program (Astro) failed; it has printed why. Thrown, not exited, so the staging folder is removed below. */
class StageFailed extends Error {}

function exec(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: paths.root,
    stdio: 'inherit',
    env: { ...process.env, HY_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new StageFailed(`${command} ${args.join(' ')} failed.`);
}

const bin = (name: string) => join(paths.root, 'node_modules', '.bin', name);

try {
  rmSync(staging, { recursive: true, force: true });
  const results = await stage('convert', () => convertAll({ contentDir: paths.content, outDir: paths.generatedReports, root: paths.root }));
  // What the converter made of each text (npm run inspect prints the same, in full).
  for (const { meta } of results) {
    const file = join('content', 'sources', meta.source);
    console.log(formatInspection(file, inspectSource(readFileSync(join(paths.root, file)), file, meta.title), 5));
  }
  await stage('annotate', () => {
    const base = process.env.HY_BASE ?? '/';
    const { index, unused } = checkContent(results, paths.content, paths.root, base.endsWith('/') ? base : `${base}/`);
    writeIndex(index, join(paths.generated, 'index.json'));
    if (unused.length) console.warn(`  warning: ${unused.length} entity names/aliases never occur in a source:\n${unused.map((u) => `    ${u}`).join('\n')}`);
  });
  await stage('astro', () => exec(process.execPath, [bin('astro'), 'build', '--silent']));
  await stage('pagefind', async () => {
    const base = process.env.HY_BASE ?? '/';
    const { records } = await writeSearchIndex({ root: paths.root, site: staging, base: base.endsWith('/') ? base : `${base}/` });
    console.log(`  ${records} search records`);
  });
  await stage('fidelity', () => {
    let failed = false;
    for (const { meta } of results) {
      const html = readFileSync(join(staging, 'reports', meta.slug, 'index.html'), 'utf8');
      const r = checkFidelity(readFileSync(join(paths.content, 'sources', meta.source)), html, meta.source);
      console.log(
        `  ${meta.slug}: ${r.sourceChars} source chars, ${r.matched} on the page, removed: ${r.removed.pageNumbers} page-number digits${r.pageNumbers.length ? ` (${r.pageNumbers.map((n) => `${n.text} at line ${n.line}`).join(', ')})` : ''}, ${r.removed.boldMarkers} bold markers; unexplained: ${r.unexplained}`,
      );
      if (r.unexplained > 0) {
        console.error(`  first difference: ${r.firstDifference}`);
        failed = true;
      }
    }
    if (failed) throw new SourceError('content/sources', 1, 'text was lost or added on the way to the page (see above).');
  });
  rmSync(paths.dist, { recursive: true, force: true });
  renameSync(staging, paths.dist);
  mkdirSync(join(paths.root, '.build'), { recursive: true });
  writeFileSync(join(paths.root, '.build', 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log(`Built ${results.length} documents into dist/.`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  if (error instanceof SourceError || error instanceof StageFailed) {
    console.error(`Build stopped: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
