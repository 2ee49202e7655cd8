/**
 * `npm run eval:parallels`: precision and recall of the parallel-passage
 * detector on the pairs of tests/fixtures/parallels-gold, marked by reading,
 * the tuning sample and each held-out file (held-out*.yaml) apart, and every pair it misses or
 * wrongly finds, each with the detector's reason (no candidate, not aligned, or the rule's measure
 * that fell short, with the measures). Exits 1 below the thresholds the
 * test holds (precision 95%, recall 90%).
 */
import { SourceError } from '../src/core/errors.ts';
import {
  GOLD_FILE,
  type ParallelsScore,
  THRESHOLDS,
  evaluateParallels,
  explainGold,
  formatParallelsScore,
  precision,
  recall,
} from '../src/parallels/eval.ts';
import { paths } from './paths.ts';

try {
  const { score, heldOut, detected, site } = evaluateParallels(paths.root);
  const samples: [string, ParallelsScore][] = [
    [`Tuning sample (${GOLD_FILE}; the thresholds were set on it)`, score],
    ...heldOut.map(({ file, tuned, score: s }): [string, ParallelsScore] => [
      tuned
        ? `Former held-out sample (${file}; held out until its first score, then tuned to: ${tuned})`
        : `Held-out sample (${file}; never used to set them)`,
      s,
    ]),
  ];
  console.log(`${detected.length} parallel pairs detected across the documents\n`);
  const why = explainGold(
    site,
    samples.flatMap(([, s]) => [...s.missed, ...s.wrong]),
  );
  for (const [title, s] of samples) {
    console.log(`${title}: ${s.judged + s.missed.length} of its pairs in play`);
    console.log(`${formatParallelsScore(s, why)}\n`);
    for (const a of s.unknown) console.error(`sample: ${a}: no such paragraph`);
  }
  const short = samples.some(([, s]) => precision(s) < THRESHOLDS.precision || recall(s) < THRESHOLDS.recall || s.unknown.length);
  if (short) process.exit(1);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
