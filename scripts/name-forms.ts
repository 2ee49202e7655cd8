/**
 * `npm run entities:forms`: short and compound forms of registry names that the
 * texts use and no registry string covers (src/candidates/name-forms.ts), for
 * review: add a form as an alias, part or guard, or leave it.
 */
import { coveredStrings } from '../src/candidates/covered.ts';
import { findNameForms } from '../src/candidates/name-forms.ts';
import { sourceTexts } from '../src/candidates/source-texts.ts';
import { SourceError } from '../src/core/errors.ts';
import { loadEntities } from '../src/data/load-entities.ts';
import { paths } from './paths.ts';

try {
  const forms = findNameForms(
    sourceTexts(paths.content),
    loadEntities(paths.content, paths.root).entities,
    coveredStrings(paths.content, paths.root),
  );
  for (const f of forms) console.log(`${f.kind.padEnd(8)}  ${f.form}  → ${f.entity}  (${f.docs.join(', ')})`);
  console.log(`${forms.length} forms to review`);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
