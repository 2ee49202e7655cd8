/**
 * `npm run targets:extract`: the targets each document (or `-- --doc SLUG`)
 * sets, proposed from its text (src/candidates/extract-targets.ts), as YAML
 * lines to review by paragraph, or `-- --json` for the list the review page
 * reads. `-- --content DIR` reads another content folder.
 */
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { extractTargets } from '../src/candidates/extract-targets.ts';
import { documentParagraphs } from '../src/candidates/target-paragraphs.ts';
import { SourceError } from '../src/core/errors.ts';
import { loadContent } from '../src/data/content.ts';
import { paths } from './paths.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const contentOption = option('--content');
const content = contentOption ? resolve(contentOption) : paths.content;
const root = contentOption ? resolve(content, '..') : paths.root;
const only = option('--doc');
try {
  const loaded = loadContent(content, root);
  if (only && !loaded.documents.documents.some((d) => d.slug === only)) {
    console.error(`content/documents.yaml: no document "${only}" (documents: ${loaded.documents.documents.map((d) => d.slug).join(', ')})`);
    process.exit(1);
  }
  const { documents, paragraphs } = documentParagraphs(content, root);
  const proposals = documents
    .filter((d) => !only || d.slug === only)
    .flatMap((d) => extractTargets(d, paragraphs, { entities: loaded.entities.entities }));
  if (process.argv.includes('--json')) console.log(JSON.stringify(proposals, null, 2));
  else {
    let last = '';
    for (const p of proposals) {
      const where = `${p.doc} #${p.paragraph}`;
      if (where !== last) console.log(`# ${where}`);
      last = where;
      const { doc: _doc, paragraph: _paragraph, ...rest } = p;
      console.log(`- ${stringify(rest, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim()}`);
    }
    console.log(`# ${proposals.length} proposed targets. Review each against its paragraph before adding it to content/targets/.`);
  }
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
