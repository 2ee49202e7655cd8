/**
 * What the parallels work adds to a real build (issue #30: the detection adds at
 * most 10% to the 100-document build): the same synthetic corpus
 * (scripts/make-synthetic-corpus.ts) built at each level of src/parallels/switch.ts,
 * in turn, each build in a fresh temp project:
 * - off: no detection, no compare page;
 * - no-compare: the detection and all it puts on report pages (markers, end
 *   lists) and in the open data;
 * - all: the above and the compare pages with their view models.
 * The budget is the detection's share (no-compare over off); the compare pages'
 * share is printed beside it. Judged on the CPU time of the build's process
 * tree, which the other work on a shared machine moves less than wall time.
 */
import { readFileSync, rmSync } from 'node:fs';
import { PARALLELS_LEVELS, PARALLELS_SWITCH, type ParallelsLevel } from '../../src/parallels/switch.ts';
import { makeSyntheticCorpus } from '../make-synthetic-corpus.ts';
import { tempProject } from '../temp-project.ts';
import { mb, median, progress, sec, table } from './format.ts';
import { type BuildRun, describeFailure, runBuild } from './run-build.ts';

export const PARALLELS_SHARE_BUDGET = 0.1;

export interface ShareRun {
  level: ParallelsLevel;
  run: BuildRun;
}

/** Shares of the build without any parallels work (median CPU or wall time). */
export interface Shares {
  /** no-compare over off: the detection, markers, lists of parallels and open data. */
  detection: number;
  /** all over no-compare, as a share of off: the compare pages. */
  comparePages: number;
  /** all over off. */
  total: number;
}

export interface ParallelsShare {
  docs: number;
  runs: ShareRun[];
  cpu: Shares;
  wall: Shares;
}

/** The stages whose CPU time the parallels work changes: the detection itself, rendering, the search index, the checks. */
const STAGES = ['parallels', 'astro', 'pagefind', 'verify'];

/** The 1-minute load average as the build ends, so a reader can judge how loaded the machine was. */
const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ')[0]!;

const WHAT: Record<ParallelsLevel, string> = {
  off: 'none',
  'no-compare': 'detection, markers, lists of parallels, open data',
  all: 'all, with compare pages',
};

/** `rounds` builds at each level of a `docs`-document corpus, in turn; throws on a failed build. */
export async function timeParallelsShare(docs: number, rounds: number, timeoutMs: number): Promise<ParallelsShare> {
  const runs: ShareRun[] = [];
  const total = rounds * PARALLELS_LEVELS.length;
  for (let i = 0; i < total; i++) {
    const level = PARALLELS_LEVELS[i % PARALLELS_LEVELS.length]!;
    progress(`${docs}-document build, parallels work: ${WHAT[level]} (${i + 1} of ${total})`);
    const project = tempProject(false);
    try {
      makeSyntheticCorpus(project.dir, docs);
      const run = await runBuild(project.dir, timeoutMs, level === 'all' ? {} : { [PARALLELS_SWITCH]: level });
      if (!run.ok) throw new Error(describeFailure(`The ${docs}-document build (parallels work: ${WHAT[level]})`, run));
      // Each build's figures as it ends, so a long run that fails later still shows them.
      progress(
        `  CPU ${sec(run.cpuMs)}, wall ${sec(run.wallMs)}, peak ${mb(run.peakRss)}, load ${loadAverage()}; CPU by stage: ${STAGES.map((s) => `${s} ${sec(run.stagesCpu[s] ?? 0)}`).join(', ')}`,
      );
      runs.push({ level, run });
    } finally {
      rmSync(project.dir, { recursive: true, force: true });
    }
  }
  const shares = (value: (r: BuildRun) => number): Shares => {
    const at = (level: ParallelsLevel) => median(runs.filter((r) => r.level === level).map((r) => value(r.run)));
    const [off, noCompare, all] = [at('off'), at('no-compare'), at('all')];
    return { detection: (noCompare - off) / off, comparePages: (all - noCompare) / off, total: (all - off) / off };
  };
  return { docs, runs, cpu: shares((r) => r.cpuMs), wall: shares((r) => r.wallMs) };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export function parallelsShareTable(share: ParallelsShare): string {
  const rows = share.runs.map((r, i) => [
    String(i + 1),
    WHAT[r.level],
    sec(r.run.cpuMs),
    sec(r.run.wallMs),
    ...STAGES.map((s) => sec(r.run.stagesCpu[s] ?? 0)),
    mb(r.run.peakRss),
  ]);
  const at = (level: ParallelsLevel, value: (r: BuildRun) => number) =>
    median(share.runs.filter((r) => r.level === level).map((r) => value(r.run)));
  const off = at('off', (r) => r.cpuMs);
  // Where each level's added CPU goes, stage by stage, as a share of the build without parallels work.
  const added = (from: ParallelsLevel, to: ParallelsLevel) =>
    STAGES.map((s) => `${s} ${percent((at(to, (r) => r.stagesCpu[s] ?? 0) - at(from, (r) => r.stagesCpu[s] ?? 0)) / off)}`).join(', ');
  const line = (what: string, key: keyof Shares) =>
    `- ${what}: ${percent(share.cpu[key])} of the CPU time, ${percent(share.wall[key])} of the wall time`;
  return [
    table(['build', 'parallels work', 'CPU (process tree)', 'wall', ...STAGES.map((s) => `${s} stage CPU`), 'peak memory'], rows),
    'Added to the build without any parallels work (medians):',
    [
      line('the detection, with the markers, lists of parallels and open data it feeds', 'detection'),
      `  - by stage: ${added('off', 'no-compare')} (the parallels stage is the detection itself)`,
      line('the compare pages and their view models', 'comparePages'),
      `  - by stage: ${added('no-compare', 'all')}`,
      line('both', 'total'),
    ].join('\n'),
  ].join('\n\n');
}

export const PARALLELS_SHARE_NOTES = `The same synthetic corpus built at each level of ${PARALLELS_SWITCH} in turn (off: no detection, no compare page; no-compare: detection, markers, lists of parallels and parallels open data; unset: all, with the compare pages), each build in a fresh temp project. CPU: user and system time of the build's whole process tree (Node, Astro, Pagefind); by stage, from the build's .build/cpu.json. Other work on a shared machine slows every kind of build alike, so compare the shares, not the times.`;
