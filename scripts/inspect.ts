/**
 * `npm run inspect -- <file> [...]`: what the converter makes of a source text,
 * to read before adding it to content/ (logic in src/conversion/inspect.ts), or
 * what an importer reads of a PDF, DOCX or HTML file, with every piece it
 * dropped as furniture (src/import/inspect-imported.ts).
 * A file listed in content/documents.yaml is inspected with its title. The
 * file may lie anywhere, but is read as the build reads a source: a regular
 * file of at most MAX_SOURCE_BYTES. Whatever fails is one sentence per file.
 * `--json` prints one JSON object a file (for tools), its doubts riskiest first.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { formatInspection, inspectSource } from '../src/conversion/inspect.ts';
import { SourceError } from '../src/core/errors.ts';
import { MAX_SOURCE_BYTES, readProjectFile } from '../src/core/project-file.ts';
import { systemProblem } from '../src/pipeline/failure.ts';
import { paths } from './paths.ts';
import { isImported } from '../src/import/formats.ts';
import { importSource } from '../src/import/import-source.ts';
import { formatImported } from '../src/import/inspect-imported.ts';
import { importedTree } from '../src/import/to-tree.ts';

const json = process.argv.includes('--json');
const files = process.argv.slice(2).filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('usage: npm run inspect -- [--json] <source file> [more files]');
  process.exit(2);
}

/** The titles of content/documents.yaml by source file name; a broken file only costs the titles. */
function titles(): Map<string, string | undefined> {
  try {
    const records = parse(readFileSync(`${paths.content}/documents.yaml`, 'utf8')) as { source: string; title?: string }[];
    return new Map(records.map((r) => [r.source, r.title]));
  } catch (error) {
    console.error(`content/documents.yaml could not be read (${(error as Error).message.split('\n')[0]}): inspecting without titles.`);
    return new Map();
  }
}

const titleOf = titles();
let failed = false;
for (const file of files) {
  try {
    // Root `/`: a file outside the project may be inspected, but only a regular file, and not a huge one.
    const bytes = readProjectFile('/', file, { shown: file, role: 'a source', maxBytes: MAX_SOURCE_BYTES });
    const title = titleOf.get(basename(file));
    if (isImported(file)) {
      const imported = await importSource(bytes, file);
      console.log(formatImported(file, imported, importedTree(imported, title, file), Number.POSITIVE_INFINITY));
    } else {
      const inspection = inspectSource(bytes, file, title);
      console.log(json ? JSON.stringify({ file, ...inspection }) : formatInspection(file, inspection, Number.POSITIVE_INFINITY));
    }
  } catch (error) {
    const problem = error instanceof SourceError ? error.message : systemProblem(error, process.cwd());
    if (!problem) throw error;
    console.error(error instanceof SourceError ? problem : `${file}: ${problem}.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
