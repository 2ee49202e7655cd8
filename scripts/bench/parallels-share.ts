/**
 * What the parallels work adds to a real build (issue #30: at most 10% of the
 * 100-document build): the same synthetic corpus (scripts/make-synthetic-corpus.ts)
 * built with and without it, alternately, each build in a fresh temp project.
 * Without it (HY_PARALLELS=off, src/parallels/switch.ts) the build detects no
 * parallels and makes no compare page, so the difference is the detection and
 * everything it feeds: the compare pages and their view models, the report
 * pages' markers, end lists and compare links, and the parallels open data.
 * Judged on the CPU time of the build's process tree, which the other work on
 * a shared machine moves less than wall time.
 */
import { rmSync } from 'node:fs';
import { PARALLELS_SWITCH } from '../../src/parallels/switch.ts';
import { makeSyntheticCorpus } from '../make-synthetic-corpus.ts';
import { tempProject } from '../temp-project.ts';
import { median, progress, sec, table } from './format.ts';
import { type BuildRun, describeFailure, runBuild } from './run-build.ts';

export const PARALLELS_SHARE_BUDGET = 0.1;

export interface ShareRun {
  parallels: boolean;
  run: BuildRun;
}

export interface ParallelsShare {
  docs: number;
  runs: ShareRun[];
  /** (median CPU with − median CPU without) / median CPU without. */
  cpuShare: number;
  wallShare: number;
}

/** `pairs` builds of each kind of a `docs`-document corpus, without first, alternating; throws on a failed build. */
export async function timeParallelsShare(docs: number, pairs: number, timeoutMs: number): Promise<ParallelsShare> {
  const runs: ShareRun[] = [];
  for (let i = 0; i < pairs * 2; i++) {
    const parallels = i % 2 === 1;
    progress(`${docs}-document build ${parallels ? 'with' : 'without'} the parallels work (${i + 1} of ${pairs * 2})`);
    const project = tempProject(false);
    try {
      makeSyntheticCorpus(project.dir, docs);
      const run = await runBuild(project.dir, timeoutMs, parallels ? {} : { [PARALLELS_SWITCH]: 'off' });
      if (!run.ok) throw new Error(describeFailure(`The ${docs}-document build ${parallels ? 'with' : 'without'} parallels`, run));
      // Each build's figures as it ends, so a long run that fails later still shows them.
      progress(
        `  CPU ${sec(run.cpuMs)}, wall ${sec(run.wallMs)}, parallels stage ${sec(run.stages['parallels'] ?? 0)}, astro ${sec(run.stages['astro'] ?? 0)}`,
      );
      runs.push({ parallels, run });
    } finally {
      rmSync(project.dir, { recursive: true, force: true });
    }
  }
  const of = (on: boolean, value: (r: BuildRun) => number) => median(runs.filter((r) => r.parallels === on).map((r) => value(r.run)));
  const share = (value: (r: BuildRun) => number) => (of(true, value) - of(false, value)) / of(false, value);
  return { docs, runs, cpuShare: share((r) => r.cpuMs), wallShare: share((r) => r.wallMs) };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export function parallelsShareTable(share: ParallelsShare): string {
  const rows = share.runs.map((r, i) => [
    String(i + 1),
    r.parallels ? 'with' : 'without',
    sec(r.run.cpuMs),
    sec(r.run.wallMs),
    sec(r.run.stages['parallels'] ?? 0),
    sec(r.run.stages['astro'] ?? 0),
  ]);
  return `${table(['build', 'parallels work', 'CPU (process tree)', 'wall', 'parallels stage', 'astro stage'], rows)}\n\nAdded by the parallels work: ${percent(share.cpuShare)} of the CPU time, ${percent(share.wallShare)} of the wall time (medians).`;
}

export const PARALLELS_SHARE_NOTES = `The same synthetic corpus built alternately without (${PARALLELS_SWITCH}=off: no detection, no compare page, no markers, end lists or parallels open data) and with the parallels work, each build in a fresh temp project. CPU: user and system time of the build's whole process tree (Node, Astro, Pagefind). Other work on a shared machine slows both kinds of build alike, so compare the shares, not the times.`;
