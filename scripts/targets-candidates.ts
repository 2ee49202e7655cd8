/**
 * `npm run targets:candidates`: the figures every document reports for each
 * target's indicator that content/targets/ does not record yet, with a
 * confidence of at least DEFAULT_THRESHOLD (`-- --all` for every one), as YAML
 * to review and paste under the target's `observations`, or `-- --json` for the
 * list with reasons. `-- --content DIR` reads another content folder.
 */
import { resolve } from 'node:path';
import { formatProposals } from '../src/candidates/format-targets.ts';
import { documentParagraphs } from '../src/candidates/target-paragraphs.ts';
import { DEFAULT_THRESHOLD, proposeFigures } from '../src/candidates/targets.ts';
import { SourceError } from '../src/core/errors.ts';
import { loadContent } from '../src/data/content.ts';
import { placeNames } from '../src/data/place-schema.ts';
import { paths } from './paths.ts';

const at = process.argv.indexOf('--content');
const content = at > 0 ? resolve(process.argv[at + 1]!) : paths.content;
const root = at > 0 ? resolve(content, '..') : paths.root;
try {
  const loaded = loadContent(content, root);
  const targets = loaded.targets.targets;
  const { documents, paragraphs } = documentParagraphs(content, root);
  const all = process.argv.includes('--all');
  const proposals = proposeFigures({ targets, documents, paragraphs, entities: loaded.entities.entities }).filter(
    (p) => all || p.confidence >= DEFAULT_THRESHOLD,
  );
  console.log(
    process.argv.includes('--json')
      ? JSON.stringify(proposals, null, 2)
      : formatProposals(proposals, targets, placeNames(loaded.entities.entities)),
  );
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
