/**
 * `npm run curation`: the checklist of what is left for a person to review in
 * content/ (src/candidates/curation.ts). Exits 0 whatever is open; `--strict`
 * exits 1 while anything is, for a maintainer who wants to hold the line.
 */
import { curationChecklist } from '../src/candidates/curation.ts';
import { SourceError } from '../src/core/errors.ts';
import { paths } from './paths.ts';

const SHOWN = 10;

try {
  const items = curationChecklist(paths.content, paths.root);
  for (const item of items) {
    console.log(`[${item.open.length ? ' ' : 'x'}] ${item.task}${item.open.length ? `: ${item.open.length} open` : ''}`);
    for (const line of item.open.slice(0, SHOWN)) console.log(`      ${line}`);
    if (item.open.length > SHOWN) console.log(`      … and ${item.open.length - SHOWN} more`);
    if (item.open.length) console.log(`      how: ${item.how}`);
  }
  const open = items.filter((i) => i.open.length).length;
  console.log(open ? `${open} of ${items.length} items open.` : 'Nothing left to review.');
  if (process.argv.includes('--strict') && open) process.exit(1);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
