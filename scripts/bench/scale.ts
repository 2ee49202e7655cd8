/**
 * The scale section: one build each of synthetic corpora (the five sources
 * copied under new slugs and years, scripts/make-synthetic-corpus.ts) at
 * several sizes, with the growth per 4× documents and the annotation stage's
 * time per MB of text. That last figure should stay flat: linking and glossary
 * matching are one Aho-Corasick pass per document, so their cost follows the
 * text size, not documents × terms.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeSource } from '../../src/conversion/decode.ts';
import { documentsSchema } from '../../src/data/documents-schema.ts';
import { loadYaml } from '../../src/data/load-yaml.ts';
import { makeSyntheticCorpus } from '../make-synthetic-corpus.ts';
import { tempProject } from '../temp-project.ts';
import { KB, mb, progress, sec, table } from './format.ts';
import { type BuildRun, runBuild } from './run-build.ts';

export interface ScaleRun {
  docs: number;
  /** UTF-8 bytes of the decoded source texts. */
  textBytes: number;
  run: BuildRun;
}

function corpusTextBytes(projectDir: string): number {
  const content = join(projectDir, 'content');
  const { data: docs } = loadYaml(join(content, 'documents.yaml'), documentsSchema, 'content/documents.yaml', dirname(content));
  return docs.reduce((sum, d) => {
    const file = join(content, 'sources', d.source);
    return sum + Buffer.byteLength(decodeSource(readFileSync(file), file).text);
  }, 0);
}

export async function scaleRuns(sizes: number[], timeoutMs: number): Promise<ScaleRun[]> {
  const runs: ScaleRun[] = [];
  for (const docs of sizes) {
    progress(`scale build with ${docs} documents`);
    const project = tempProject(false);
    try {
      makeSyntheticCorpus(project.dir, docs);
      const textBytes = corpusTextBytes(project.dir);
      runs.push({ docs, textBytes, run: await runBuild(project.dir, timeoutMs) });
    } finally {
      rmSync(project.dir, { recursive: true, force: true });
    }
  }
  return runs;
}

/** Growth from a to b documents, scaled to a 4× step: (v_b / v_a)^(ln 4 / ln(b / a)). Linear growth gives ×4.00. */
export function per4x(a: { docs: number; value: number }, b: { docs: number; value: number }): number {
  return (b.value / a.value) ** (Math.log(4) / Math.log(b.docs / a.docs));
}

/** Annotation stage ms per MB of source text; undefined when the build did not finish. */
export function annotateMsPerMb(r: ScaleRun): number | undefined {
  const ms = r.run.stages['annotate'];
  return ms === undefined ? undefined : ms / (r.textBytes / KB / KB);
}

interface Column {
  name: string;
  /** undefined: not measured (a stopped or failed build has no stage timings and no total). */
  value: (r: ScaleRun) => number | undefined;
  format: (v: number) => string;
  /** Growth per 4× makes sense for sizes and times; a rate gets its value between the two sizes instead. */
  growth: boolean;
}

/** Annotation ms per MB of the text added between two sizes: the per-text cost without the stage's fixed start-up. */
function marginalAnnotateMsPerMb(a: ScaleRun, b: ScaleRun): number | undefined {
  const [atA, atB] = [a.run.stages['annotate'], b.run.stages['annotate']];
  return atA === undefined || atB === undefined ? undefined : (atB - atA) / ((b.textBytes - a.textBytes) / KB / KB);
}

export function scaleTable(runs: ScaleRun[], timeoutMs: number): string {
  const stageNames = [...new Set(runs.flatMap((r) => Object.keys(r.run.stages)))];
  const columns: Column[] = [
    { name: 'text', value: (r) => r.textBytes, format: (v) => `${(v / KB / KB).toFixed(1)} MB`, growth: true },
    { name: 'total (wall)', value: (r) => (r.run.ok ? r.run.wallMs : undefined), format: sec, growth: true },
    ...stageNames.map((name): Column => ({ name, value: (r) => r.run.stages[name], format: sec, growth: true })),
    { name: 'peak memory', value: (r) => r.run.peakRss, format: mb, growth: true },
    { name: 'annotate per MB text', value: annotateMsPerMb, format: sec, growth: false },
  ];
  const status = (run: BuildRun) => (run.ok ? '' : run.timedOut ? ` (stopped at ${sec(timeoutMs)})` : ' (build failed)');
  const cell = (c: Column, r: ScaleRun) => {
    const v = c.value(r);
    return v === undefined ? '' : c.format(v);
  };
  const rows = runs.map((r) => [`${r.docs}${status(r.run)}`, ...columns.map((c) => cell(c, r))]);
  const growth = runs.slice(1).map((b, i) => {
    const a = runs[i]!;
    return [
      `growth per 4× (${a.docs} → ${b.docs})`,
      ...columns.map((c) => {
        if (!c.growth) {
          const marginal = marginalAnnotateMsPerMb(a, b);
          return marginal === undefined ? '' : `${c.format(marginal)} per added MB`;
        }
        const [va, vb] = [c.value(a), c.value(b)];
        return va === undefined || vb === undefined ? '' : `×${per4x({ docs: a.docs, value: va }, { docs: b.docs, value: vb }).toFixed(2)}`;
      }),
    ];
  });
  return table(['documents', ...columns.map((c) => c.name)], [...rows, ...growth]);
}

export const SCALE_NOTES =
  'One build per size, each in a fresh temp project. Growth per 4×: (value at b / value at a)^(ln 4 / ln(b/a)), so 5 → 25 is scaled to a 4× step; ×4.00 is linear growth. Annotate per MB: the annotate stage divided by the corpus text (UTF-8); on the growth lines, the extra annotate time divided by the extra text, which leaves out the stage’s fixed start-up. Flat per added MB means linear in text size.';
