/**
 * `npm run eval:parallels` and its test: the detector scored on the pairs of
 * tests/fixtures/parallels-gold/, marked by reading: the tuning sample
 * (pairs.yaml) and each held-out one (held-out.yaml, held-out-2.yaml, …), each scored apart; a
 * held-out file says in its header if it was later tuned to. Precision counts
 * the detected pairs the sample labels (a detected pair it does not label is
 * neither right nor wrong); recall, the labelled parallels found. The sample
 * is only read here, never by the detector.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { convertAll } from '../conversion/convert-all.ts';
import { loadContent } from '../data/content.ts';
import { DataError, loadYaml, validate } from '../data/load-yaml.ts';
import type { SiteData } from '../data/site-data.ts';
import { checkContent } from '../pipeline/check-content.ts';
import { DEFAULT_OPTIONS, type Parallel, type PairExplanation, explainPairs } from './detect.ts';
import { detectorInput, siteParallels } from './site-parallels.ts';

export const THRESHOLDS = { precision: 0.95, recall: 0.9 };

const anchor = z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'doc#paragraph-id');
const pair = z.object({
  a: anchor,
  b: anchor,
  parallel: z.boolean(),
  kind: z.enum(['verbatim', 'reworded', 'formula', 'unrelated']),
  note: z.string().optional(),
});
/** A sample's pairs are validated one by one apart from its header, so an error names the entry and its field. */
const goldSchema = z.object({ pairs: z.array(z.unknown()).min(40) });
/** Pairs marked after the thresholds were set and never used to set them: when and how they were marked. */
const heldOutSchema = z.object({
  held_out: z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
    method: z.string().min(1),
    /** Set once the sample was read beside the detector's output and used to set its rules: from then on it is tuning data too. */
    tuned: z.string().min(1).optional(),
  }),
  pairs: z.array(z.unknown()).min(20),
});
export type GoldPair = z.infer<typeof pair>;

const GOLD_DIR = join('tests', 'fixtures', 'parallels-gold');
/** The tuning sample: the thresholds were set on it, so its score shows the rules hold, not how well they generalise. */
export const GOLD_FILE = join(GOLD_DIR, 'pairs.yaml');
/**
 * The held-out samples: `held-out.yaml`, `held-out-2.yaml`, … each marked at its own time, before the
 * detector's output for it was seen; their scores say how the detector does on pairs it was not tuned to.
 */
export const HELD_OUT_PATTERN = /^held-out(?:-(\d+))?\.yaml$/;

interface Sample {
  file: string;
  pairs: GoldPair[];
  /** The line of an entry of `pairs`. */
  lineOfPair: (index: number) => number;
  tuned?: string;
}

function loadSample(root: string, file: string, schema: typeof goldSchema | typeof heldOutSchema): Sample {
  const { data, lineOf } = loadYaml(join(root, file), schema, file, root);
  const lineOfPair = (index: number): number => lineOf(['pairs', index]);
  const pairs = validate(z.array(pair), data.pairs, file, ([index, ...field]) => lineOf(['pairs', index!, ...field]));
  const tuned = 'held_out' in data ? data.held_out.tuned : undefined;
  return { file, pairs, lineOfPair, ...(tuned ? { tuned } : {}) };
}

export function loadParallelsGold(root: string): GoldPair[] {
  return loadSample(root, GOLD_FILE, goldSchema).pairs;
}

/** The held-out files in the order they were marked (held-out.yaml, then held-out-2.yaml, …). */
export function heldOutFiles(root: string): string[] {
  const rank = (name: string): number => Number(HELD_OUT_PATTERN.exec(name)![1] ?? 1);
  return readdirSync(join(root, GOLD_DIR))
    .filter((name) => HELD_OUT_PATTERN.test(name))
    .sort((x, y) => rank(x) - rank(y))
    .map((name) => join(GOLD_DIR, name));
}

/**
 * Every held-out sample, each validated (file, line, entry and field on a bad value) and each pair new:
 * a pair already in the tuning sample or an earlier held-out file, or twice in one, stops with both places,
 * since it would be scored twice or was not held out.
 */
export function loadHeldOutSamples(root: string): { file: string; pairs: GoldPair[]; tuned?: string }[] {
  const tuning = loadSample(root, GOLD_FILE, goldSchema);
  const seen = new Map<string, string>();
  const samples = [tuning, ...heldOutFiles(root).map((file) => loadSample(root, file, heldOutSchema))];
  for (const sample of samples) {
    sample.pairs.forEach((g, index) => {
      const where = `${sample.file}:${sample.lineOfPair(index)}`;
      const first = seen.get(key(g.a, g.b));
      if (first && sample !== tuning) {
        throw new DataError(
          sample.file,
          sample.lineOfPair(index),
          `entry ${index + 1}: the pair ${g.a} ~ ${g.b} is already at ${first}; a held-out pair must be new.`,
        );
      }
      if (!first) seen.set(key(g.a, g.b), where);
    });
  }
  return samples.slice(1).map(({ file, pairs, tuned }) => ({ file, pairs, ...(tuned ? { tuned } : {}) }));
}

const key = (a: string, b: string): string => [a, b].sort().join(' ~ ');

export interface ParallelsScore {
  /** Labelled parallels found / labelled parallels. */
  found: number;
  parallels: number;
  /** Detected pairs labelled parallel / detected pairs the sample labels. */
  right: number;
  judged: number;
  missed: GoldPair[];
  wrong: GoldPair[];
  /** Anchors of the sample that no paragraph has. */
  unknown: string[];
}

export function scoreParallels(gold: GoldPair[], detected: Parallel[], anchors: Set<string>): ParallelsScore {
  const found = new Set(detected.map((p) => key(`${p.a.doc}#${p.a.id}`, `${p.b.doc}#${p.b.id}`)));
  const hit = (g: GoldPair): boolean => found.has(key(g.a, g.b));
  const positives = gold.filter((g) => g.parallel);
  const judged = gold.filter(hit);
  return {
    found: positives.filter(hit).length,
    parallels: positives.length,
    right: judged.filter((g) => g.parallel).length,
    judged: judged.length,
    missed: positives.filter((g) => !hit(g)),
    wrong: judged.filter((g) => !g.parallel),
    unknown: gold.flatMap((g) => [g.a, g.b]).filter((a) => !anchors.has(a)),
  };
}

export const precision = (s: ParallelsScore): number => (s.judged ? s.right / s.judged : 1);
export const recall = (s: ParallelsScore): number => (s.parallels ? s.found / s.parallels : 1);

/** The detector's reason for a pair, in one line: where it stopped (candidates, alignment, the rule's measure) and its measures. */
export function formatExplanation(e: PairExplanation): string {
  if (e.candidate === 'too short') return `a passage under ${DEFAULT_OPTIONS.minLength} letters`;
  const rank = e.rank!.map((r) => (r ? `#${r}` : 'none')).join('/');
  const m = e.measures!;
  const why =
    e.candidate === 'not proposed'
      ? `no candidate (rank ${rank} of each in the other's candidates)`
      : {
          reworded: 'kept as reworded',
          'same section': 'kept in the same section',
          named: 'kept by its names',
          copied: 'kept as copied',
          bound: 'bound',
          share: 'weighted share short',
          content: 'content short',
        }[e.verdict!];
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const aligned = m.aligned
    ? `; ${m.runs} runs, ${m.shared} letters, longest ${m.longest}, weighted ${pct(m.weight)}, content ${m.content.toFixed(1)}`
    : '; not aligned';
  const relation = `${m.sameSection ? ', same section' : ''}${m.related ? '' : ', other place and years'}${m.names ? `, ${m.names} names` : ''}`;
  return `${why}: bound ${pct(m.bound)}${relation}${aligned}`;
}

export function formatParallelsScore(s: ParallelsScore, why?: (g: GoldPair) => string): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const line = (g: GoldPair): string => `  ${g.a} ~ ${g.b} (${g.kind}${g.note ? `: ${g.note}` : ''})${why ? `\n    ${why(g)}` : ''}`;
  return [
    `precision ${pct(precision(s))} (${s.right} of ${s.judged} detected pairs the sample labels are parallels)`,
    `recall    ${pct(recall(s))} (${s.found} of ${s.parallels} labelled parallels found)`,
    ...(s.missed.length ? ['missed:', ...s.missed.map(line)] : []),
    ...(s.wrong.length ? ['wrongly detected:', ...s.wrong.map(line)] : []),
  ].join('\n');
}

/** The project's documents converted and annotated as the build does, in memory. */
export function projectSite(root: string): SiteData {
  const contentDir = join(root, 'content');
  const out = mkdtempSync(join(tmpdir(), 'eval-parallels-'));
  try {
    const content = loadContent(contentDir, root);
    return checkContent(convertAll({ contentDir, outDir: out, root }, content.documents), content, '/').site;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export interface HeldOutScore {
  file: string;
  /** When and how the sample was tuned to, if it was. */
  tuned?: string;
  score: ParallelsScore;
}

/** The detector's reason for each pair (formatExplanation), keyed by the pair. */
export function explainGold(site: SiteData, pairs: GoldPair[]): (g: GoldPair) => string {
  const side = (anchor: string) => {
    const [doc, id] = anchor.split('#') as [string, string];
    return { doc, id };
  };
  const input = detectorInput(site);
  const explained = explainPairs(
    input,
    pairs.map((g) => [side(g.a), side(g.b)]),
  );
  const byKey = new Map(pairs.map((g, k) => [key(g.a, g.b), formatExplanation(explained[k]!)]));
  return (g) => byKey.get(key(g.a, g.b)) ?? 'not explained';
}

/** Converts and annotates the project's documents as the build does, detects, and scores on the tuning sample and on each held-out one apart. */
export function evaluateParallels(root: string): { score: ParallelsScore; heldOut: HeldOutScore[]; detected: Parallel[]; site: SiteData } {
  const heldOutSamples = loadHeldOutSamples(root);
  const site = projectSite(root);
  const detected = siteParallels(site);
  const anchors = new Set(site.index.paragraphs.map((p) => `${p.doc}#${p.id}`));
  return {
    score: scoreParallels(loadParallelsGold(root), detected, anchors),
    heldOut: heldOutSamples.map(({ file, pairs, tuned }) => ({
      file,
      ...(tuned ? { tuned } : {}),
      score: scoreParallels(pairs, detected, anchors),
    })),
    detected,
    site,
  };
}
