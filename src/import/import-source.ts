/**
 * Which files content/sources/ takes, and the importer for each format. A
 * `.txt` is read by the text path (src/conversion/); a PDF, Word file or saved
 * web page is read by its importer into an imported document first. Importers
 * are asynchronous (pdf.js and mammoth are), so the convert stage imports
 * every such source before it converts them all.
 */
import { extname, join } from 'node:path';
import { SourceError } from '../core/errors.ts';
import { shownPath } from '../core/paths.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { checkChecksum, readChecksums, readSource } from '../conversion/checksums.ts';
import { importDocx } from './docx.ts';
import { IMPORTED_EXTENSIONS, SOURCE_EXTENSIONS, formatName, isImported } from './formats.ts';
import { importHtml } from './html.ts';
import type { ImportedDocument } from './imported.ts';
import { importPdf } from './pdf.ts';

/** One importer per extension of IMPORTED_EXTENSIONS. */
const IMPORTERS: Record<
  (typeof IMPORTED_EXTENSIONS)[number],
  (bytes: Uint8Array, file: string) => ImportedDocument | Promise<ImportedDocument>
> = {
  '.pdf': importPdf,
  '.docx': importDocx,
  '.html': importHtml,
  '.htm': importHtml,
};

/** Reads a PDF, DOCX or HTML source; any failure of its parser becomes one sentence naming the file. */
export async function importSource(bytes: Uint8Array, file: string): Promise<ImportedDocument> {
  const importer = IMPORTERS[extname(file).toLowerCase() as (typeof IMPORTED_EXTENSIONS)[number]];
  if (!importer) throw new SourceError(file, 1, `is not a source format the build reads (${SOURCE_EXTENSIONS.join(', ')}).`);
  try {
    return await importer(bytes, file);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(file, 1, `could not be read as ${formatName(file)} (${(error as Error).message.split('\n')[0]}).`);
  }
}

/** Every imported source of the listing, by source file name, each read once and checked against SHA256SUMS first. */
export async function importAll(root: string, contentDir: string, docs: DocumentMeta[]): Promise<Map<string, ImportedDocument>> {
  const sourcesDir = join(contentDir, 'sources');
  const wanted = docs.filter((d) => isImported(d.source));
  const out = new Map<string, ImportedDocument>();
  if (!wanted.length) return out;
  const sums = readChecksums(root, sourcesDir);
  for (const { source } of wanted) {
    const path = join(sourcesDir, source);
    const shown = shownPath(root, path);
    let bytes: Buffer;
    try {
      bytes = readSource(root, path);
    } catch (error) {
      // A listed source that is missing is reported by the converter, with the line of its record.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    checkChecksum(sums, source, bytes, shown);
    out.set(source, await importSource(bytes, shown));
  }
  return out;
}
