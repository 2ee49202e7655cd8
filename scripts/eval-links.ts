/**
 * `npm run eval:links`: precision and recall of the linker on the hand-checked
 * sample in tests/fixtures/links-gold, per kind and overall, and every error.
 * Exits 1 below the thresholds the test holds (precision 98%, recall 95%).
 */
import { evaluateLinks } from '../src/annotation/eval/evaluate.ts';
import { THRESHOLDS, formatScore, precision, recall } from '../src/annotation/eval/score.ts';
import { SourceError } from '../src/core/errors.ts';
import { paths } from './paths.ts';

try {
  const { gold, score, problems } = evaluateLinks(paths.root);
  console.log(`${gold.mentions.length} gold mentions in ${gold.paragraphs.length} paragraphs\n`);
  console.log(formatScore(score));
  for (const p of problems) console.error(`sample: ${p}`);
  const pass = precision(score.overall) >= THRESHOLDS.precision && recall(score.overall) >= THRESHOLDS.recall;
  if (!pass || problems.length) process.exit(1);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
