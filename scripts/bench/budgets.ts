/** The budgets of issue #9, judged on the measured figures: PASS, FAIL, or SKIP when this run did not measure it. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Transfer } from './cold-load.ts';
import { KB, kb, mb, sec } from './format.ts';
import type { PageWeight } from './page-weight.ts';
import { PARALLELS_SHARE_BUDGET, type ParallelsShare } from './parallels-share.ts';
import type { ScaleRun } from './scale.ts';

export const BUDGET = {
  reportJsGz: 15 * KB,
  buildMs: 30_000,
  scaleDocs: 100,
  scaleBuildMs: 10 * 60_000,
  /** Peak memory of the whole build's process tree at scaleDocs documents (issue #13). */
  scalePeakRss: 1.2 * 1024 * 1024 * 1024,
  /** A larger corpus, measured and printed with no budget of its own. */
  largeDocs: 500,
  largeBuildMs: 40 * 60_000,
};

export interface Budget {
  name: string;
  /** undefined: not measured in this run. */
  pass?: boolean;
  detail: string;
}

export function jsBudget(weights: PageWeight[]): Budget {
  const name = `report page JS <= ${kb(BUDGET.reportJsGz)} gzipped, without the search bundle (pagefind/*)`;
  const reports = weights.filter((w) => w.type === 'report');
  if (!reports.length) return { name, detail: 'no report page built' };
  const worst = reports.reduce((a, b) => (b.jsGz > a.jsGz ? b : a));
  return { name, pass: worst.jsGz <= BUDGET.reportJsGz, detail: `largest: /${worst.path} ${kb(worst.jsGz)}` };
}

/** font-display values that let text render in a fallback font while the font downloads. */
const NON_BLOCKING = /font-display\s*:\s*(?:swap|optional|fallback)/i;

/**
 * A font blocks rendering when an @font-face that downloads a file (url())
 * lacks a non-blocking font-display. Reads every CSS file in dist/ and the
 * pages' inline styles, and lists the fonts the cold loads actually fetched.
 */
export function fontBudget(dist: string, weights: PageWeight[], transfers: Transfer[]): Budget {
  const cssFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.css'))
    .map((e) => ({ where: relative(dist, join(e.parentPath, e.name)), css: readFileSync(join(e.parentPath, e.name), 'utf8') }));
  const inline = weights.flatMap((w) => w.inlineStyles.map((css) => ({ where: `inline <style> in /${w.path}`, css })));
  const blocking = [...cssFiles, ...inline].flatMap(({ where, css }) =>
    (css.match(/@font-face\s*\{[^}]*\}/gi) ?? []).filter((rule) => /url\(/i.test(rule) && !NON_BLOCKING.test(rule)).map(() => where),
  );
  const fetched = [...new Set(transfers.filter((t) => t.type === 'font').map((t) => t.url))];
  return {
    name: 'no render-blocking font download',
    pass: blocking.length === 0,
    detail: [
      blocking.length
        ? `@font-face without font-display swap/optional/fallback in ${[...new Set(blocking)].join(', ')}`
        : `no blocking @font-face in ${cssFiles.length} CSS files and the pages' inline styles`,
      fetched.length ? `fonts fetched: ${fetched.join(', ')}` : `no font fetched by ${weights.length} cold page loads and the searches`,
    ].join('; '),
  };
}

export function buildBudget(medianWallMs: number, runs: number): Budget {
  return {
    name: `full build of the five documents <= ${sec(BUDGET.buildMs)}`,
    pass: medianWallMs <= BUDGET.buildMs,
    detail: `${sec(medianWallMs)} (${runs === 1 ? 'one run' : `median of ${runs} runs`}, wall time including Node start-up)`,
  };
}

export function scaleBudget(scale: ScaleRun[]): Budget {
  const name = `${BUDGET.scaleDocs}-document build <= ${BUDGET.scaleBuildMs / 60_000} minutes`;
  const run = scale.find((s) => s.docs === BUDGET.scaleDocs)?.run;
  if (!run) return { name, detail: `not run (no ${BUDGET.scaleDocs}-document build in this run)` };
  return {
    name,
    pass: run.ok && run.wallMs <= BUDGET.scaleBuildMs,
    detail: run.ok ? sec(run.wallMs) : run.timedOut ? `stopped at ${sec(run.wallMs)}` : 'build failed',
  };
}

export function scaleMemoryBudget(scale: ScaleRun[]): Budget {
  const name = `${BUDGET.scaleDocs}-document build peak memory <= ${mb(BUDGET.scalePeakRss)}`;
  const run = scale.find((s) => s.docs === BUDGET.scaleDocs)?.run;
  if (!run?.ok) return { name, detail: `not measured (no finished ${BUDGET.scaleDocs}-document build in this run)` };
  return { name, pass: run.peakRss <= BUDGET.scalePeakRss, detail: mb(run.peakRss) };
}

export function parallelsShareBudget(share: ParallelsShare | undefined): Budget {
  const name = `the parallels detection adds <= ${PARALLELS_SHARE_BUDGET * 100}% to the ${BUDGET.scaleDocs}-document build (CPU time)`;
  if (!share) return { name, detail: 'not measured in this run' };
  const rounds = share.runs.filter((r) => r.level === 'off').length;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return {
    name,
    pass: share.cpu.detection <= PARALLELS_SHARE_BUDGET,
    detail: `${pct(share.cpu.detection)} (wall ${pct(share.wall.detection)}); the compare pages add ${pct(share.cpu.comparePages)} more; median of ${rounds} build${rounds > 1 ? 's' : ''} of each kind at ${share.docs} documents`,
  };
}

export function budgetLines(budgets: Budget[]): string {
  const verdict = (b: Budget) => (b.pass === undefined ? 'SKIP' : b.pass ? 'PASS' : 'FAIL');
  return budgets.map((b) => `- ${verdict(b)}  ${b.name}: ${b.detail}`).join('\n');
}
