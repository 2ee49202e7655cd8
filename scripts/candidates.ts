/**
 * `npm run glossary:candidates` / `npm run entities:candidates`: what the
 * texts repeat that the glossary or the registry does not yet cover.
 * `--strict` exits 1 when anything occurring twice (glossary) or in two
 * documents (registry) is left, so the tests can hold the line.
 */
import { findEntityCandidates } from '../src/candidates/entity-candidates.ts';
import { coveredStrings } from '../src/candidates/covered.ts';
import { findGlossaryCandidates } from '../src/candidates/glossary-candidates.ts';
import { sourceTexts } from '../src/candidates/source-texts.ts';
import { SourceError } from '../src/core/errors.ts';
import { paths } from './paths.ts';

const which = process.argv[2];
if (which !== 'glossary' && which !== 'entities') {
  console.error('usage: node scripts/candidates.ts glossary|entities [--strict]');
  process.exit(2);
}
try {
  const texts = sourceTexts(paths.content);
  const covered = coveredStrings(paths.content, paths.root);
  const all = which === 'glossary' ? findGlossaryCandidates(texts, covered) : findEntityCandidates(texts, covered);
  const open = all.filter((c) => (which === 'glossary' ? c.count >= 2 : c.docs.length >= 2));
  for (const c of all) console.log(`${String(c.count).padStart(4)}  ${c.candidate}  (${c.docs.join(', ')})`);
  const threshold = which === 'glossary' ? 'candidates occurring twice or more' : 'names in two or more documents';
  console.log(
    open.length === 0
      ? `no uncovered ${threshold}${all.length ? ` (the ${all.length} above occur once)` : ''}`
      : `${open.length} uncovered ${threshold}: add them to content/${which === 'glossary' ? 'glossary/terms.yaml' : 'entities/'} or to the stoplist with a reason`,
  );
  if (process.argv.includes('--strict') && open.length > 0) process.exit(1);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
