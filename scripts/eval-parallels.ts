/**
 * `npm run eval:parallels`: precision and recall of the parallel-passage
 * detector on the pairs of tests/fixtures/parallels-gold, marked by reading,
 * and every pair it misses or wrongly finds. Exits 1 below the thresholds the
 * test holds (precision 95%, recall 90%).
 */
import { SourceError } from '../src/core/errors.ts';
import { THRESHOLDS, evaluateParallels, formatParallelsScore, precision, recall } from '../src/parallels/eval.ts';
import { paths } from './paths.ts';

try {
  const { score, detected } = evaluateParallels(paths.root);
  console.log(
    `${detected.length} parallel pairs detected across the documents; ${score.judged + score.missed.length} of the sample's pairs in play\n`,
  );
  console.log(formatParallelsScore(score));
  for (const a of score.unknown) console.error(`sample: ${a}: no such paragraph`);
  if (precision(score) < THRESHOLDS.precision || recall(score) < THRESHOLDS.recall || score.unknown.length) process.exit(1);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
