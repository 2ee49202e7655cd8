/**
 * `npm run inspect -- <file> [...]`: what the converter makes of a source text,
 * to read before adding it to content/ (logic in src/conversion/inspect.ts).
 * A file listed in content/documents.yaml is inspected with its title.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { formatInspection, inspectSource } from '../src/conversion/inspect.ts';
import { SourceError } from '../src/core/errors.ts';
import { paths } from './paths.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run inspect -- <source file> [more files]');
  process.exit(2);
}
const records = parse(readFileSync(`${paths.content}/documents.yaml`, 'utf8')) as { source: string; title?: string }[];
let failed = false;
for (const file of files) {
  try {
    const title = records.find((r) => r.source === basename(file))?.title;
    console.log(formatInspection(file, inspectSource(readFileSync(file), file, title), Number.POSITIVE_INFINITY));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(error.message);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
