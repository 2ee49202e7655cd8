/** The build section: clean builds of the five real documents, each in a fresh temp project, stage by stage. */
import { rmSync } from 'node:fs';
import { stages } from '../../src/pipeline/stages.ts';
import { tempProject } from '../temp-project.ts';
import { mb, median, progress, sec, table } from './format.ts';
import { type BuildRun, MEMORY_METHOD, describeFailure, runBuild } from './run-build.ts';

export interface BuildTiming {
  runs: BuildRun[];
  /** Temp project of the last run, whose dist/ the page, search and Lighthouse sections measure; the caller removes it. */
  projectDir: string;
}

/** `count` clean builds (no .generated/, .astro/ or dist/ from before); throws on a failed build. */
export async function timeBuilds(count: number, timeoutMs: number): Promise<BuildTiming> {
  const runs: BuildRun[] = [];
  let projectDir = '';
  for (let i = 1; i <= count; i++) {
    progress(`clean build ${i} of ${count}`);
    if (projectDir) rmSync(projectDir, { recursive: true, force: true });
    projectDir = tempProject(true).dir;
    const run = await runBuild(projectDir, timeoutMs);
    if (!run.ok) {
      rmSync(projectDir, { recursive: true, force: true });
      throw new Error(describeFailure(`Build ${i}`, run));
    }
    runs.push(run);
  }
  return { runs, projectDir };
}

/** The build's stages in their order, those the runs timed. */
export function stageNames(runs: BuildRun[]): string[] {
  return stages.map((s) => s.name).filter((name) => runs.some((r) => name in r.stages));
}

export interface BuildSummary {
  stagesMs: Record<string, number>;
  wallMs: number;
  peakRss: number;
}

export function summarise(runs: BuildRun[]): BuildSummary {
  return {
    stagesMs: Object.fromEntries(stageNames(runs).map((name) => [name, median(runs.map((r) => r.stages[name] ?? 0))])),
    wallMs: median(runs.map((r) => r.wallMs)),
    peakRss: median(runs.map((r) => r.peakRss)),
  };
}

export function buildTable(runs: BuildRun[]): string {
  const row = (label: string, values: number[], format: (v: number) => string) => [label, ...values.map(format), format(median(values))];
  return table(
    ['stage', ...runs.map((_, i) => `run ${i + 1}`), 'median'],
    [
      ...stageNames(runs).map((name) =>
        row(
          name,
          runs.map((r) => r.stages[name] ?? 0),
          sec,
        ),
      ),
      row(
        'total (wall, incl. Node start-up)',
        runs.map((r) => r.wallMs),
        sec,
      ),
      row(
        'peak memory',
        runs.map((r) => r.peakRss),
        mb,
      ),
    ],
  );
}

export const BUILD_NOTES = `Stages as scripts/build.ts times them (.build/timings.json; the list is src/pipeline/stages.ts): ${stages.map((s) => `${s.name} = ${s.does}`).join('; ')}. Peak memory: ${MEMORY_METHOD}.`;
