/**
 * `npm run eval:parallels` and its test: the detector scored on the pairs of
 * tests/fixtures/parallels-gold/, marked by reading: the tuning sample
 * (pairs.yaml) and a second one (held-out.yaml), each scored apart; the
 * second was held out until its first score, and has been tuned to since. Precision counts
 * the detected pairs the sample labels (a detected pair it does not label is
 * neither right nor wrong); recall, the labelled parallels found. The sample
 * is only read here, never by the detector.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { convertAll } from '../conversion/convert-all.ts';
import { loadContent } from '../data/content.ts';
import { loadYaml } from '../data/load-yaml.ts';
import type { SiteData } from '../data/site-data.ts';
import { checkContent } from '../pipeline/check-content.ts';
import type { Parallel } from './detect.ts';
import { siteParallels } from './site-parallels.ts';

export const THRESHOLDS = { precision: 0.95, recall: 0.9 };

const anchor = z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'doc#paragraph-id');
const pair = z.object({
  a: anchor,
  b: anchor,
  parallel: z.boolean(),
  kind: z.enum(['verbatim', 'reworded', 'formula', 'unrelated']),
  note: z.string().optional(),
});
const goldSchema = z.object({ pairs: z.array(pair).min(40) });
/** Pairs marked after the thresholds were set and never used to set them: when and how they were marked. */
const heldOutSchema = z.object({
  held_out: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'), method: z.string().min(1) }),
  pairs: z.array(pair).min(20),
});
export type GoldPair = z.infer<typeof pair>;

const GOLD_DIR = join('tests', 'fixtures', 'parallels-gold');
/** The tuning sample: the thresholds were set on it, so its score shows the rules hold, not how well they generalise. */
export const GOLD_FILE = join(GOLD_DIR, 'pairs.yaml');
/** The second sample: marked and scored as held out, then used to set the formula and section rules, so now tuning data too. */
export const HELD_OUT_FILE = join(GOLD_DIR, 'held-out.yaml');

export function loadParallelsGold(root: string): GoldPair[] {
  return loadYaml(join(root, GOLD_FILE), goldSchema, GOLD_FILE, root).data.pairs;
}

export function loadHeldOut(root: string): GoldPair[] {
  return loadYaml(join(root, HELD_OUT_FILE), heldOutSchema, HELD_OUT_FILE, root).data.pairs;
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

export function formatParallelsScore(s: ParallelsScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const line = (g: GoldPair): string => `  ${g.a} ~ ${g.b} (${g.kind}${g.note ? `: ${g.note}` : ''})`;
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

/** Converts and annotates the project's documents as the build does, detects, and scores on both samples. */
export function evaluateParallels(root: string): { score: ParallelsScore; heldOut: ParallelsScore; detected: Parallel[]; site: SiteData } {
  const site = projectSite(root);
  const detected = siteParallels(site.documents, site.index.paragraphs);
  const anchors = new Set(site.index.paragraphs.map((p) => `${p.doc}#${p.id}`));
  return {
    score: scoreParallels(loadParallelsGold(root), detected, anchors),
    heldOut: scoreParallels(loadHeldOut(root), detected, anchors),
    detected,
    site,
  };
}
