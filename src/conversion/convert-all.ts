/**
 * Converts every document listed in content/documents.yaml and checks that the
 * listing and the folder of sources agree (no text without metadata, no
 * metadata without a text). Each source is read once, as a regular file of
 * the project within the size limit, and must match its recorded checksum.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SourceError } from '../core/errors.ts';
import { shownPath } from '../core/paths.ts';
import { type LoadedDocuments, loadDocuments } from '../data/content.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { DataError } from '../data/load-yaml.ts';
import { checkChecksum, readChecksums, readSource } from './checksums.ts';
import { type Steps, runSteps } from '../core/steps.ts';
import { type ConvertedDocument, convertImported, convertSource } from './convert-source.ts';
import { isImported, isSourceFile } from '../import/formats.ts';
import { type ImportedDocument, importedText } from '../import/imported.ts';

export interface ConvertOptions {
  contentDir: string;
  outDir: string;
  /** Paths in messages are shown relative to this folder. */
  root: string;
}

export interface ConvertResult {
  meta: DocumentMeta;
  doc: ConvertedDocument;
}

export function convertAll(
  options: ConvertOptions,
  listing: LoadedDocuments = loadDocuments(options.contentDir, options.root),
  imported: Map<string, ImportedDocument> = new Map(),
): ConvertResult[] {
  return runSteps(convertEach(options, listing, imported));
}

/** `convertAll` one document per step (src/core/steps.ts). */
/** `imported`: each PDF, DOCX or HTML source as its importer read it (src/import/import-source.ts `importAll`). */
export function* convertEach(
  { contentDir, outDir, root }: ConvertOptions,
  listing: LoadedDocuments,
  imported: Map<string, ImportedDocument> = new Map(),
): Steps<ConvertResult[]> {
  const show = (p: string) => shownPath(root, p);
  const { documents: docs, lineOf } = listing;
  const sourcesDir = join(contentDir, 'sources');
  const onDisk = readdirSync(sourcesDir).filter(isSourceFile);
  for (const file of onDisk) {
    if (!docs.some((d) => d.source === file)) {
      throw new SourceError(show(join(sourcesDir, file)), 1, `has no metadata: add a record with "source: ${file}" to ${listing.file}.`);
    }
  }
  const sums = readChecksums(root, sourcesDir);
  const results: ConvertResult[] = [];
  for (const [i, meta] of docs.entries()) {
    const path = join(sourcesDir, meta.source);
    if (!onDisk.includes(meta.source)) {
      throw new DataError(
        listing.file,
        lineOf([i, 'source']),
        `document "${meta.slug}" names source "${meta.source}", which is not in ${show(sourcesDir)}.`,
      );
    }
    const bytes = readSource(root, path);
    checkChecksum(sums, meta.source, bytes, show(path));
    const read = imported.get(meta.source);
    if (isImported(meta.source) && !read) throw new Error(`${show(path)} was not imported before conversion (importAll)`);
    results.push({ meta, doc: read ? convertImported(read, bytes, meta, show(path)) : convertSource(bytes, meta, show(path)) });
    yield;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const { meta, doc } of results) writeFileSync(join(outDir, `${meta.slug}.mdx`), doc.mdx);
  // An imported document's text, one block a line, and where each line is in the original file.
  const importedDir = join(dirname(outDir), 'imported');
  rmSync(importedDir, { recursive: true, force: true });
  for (const { meta, doc } of results) {
    if (!doc.imported) continue;
    mkdirSync(importedDir, { recursive: true });
    const { text, map } = importedText(doc.imported);
    writeFileSync(join(importedDir, `${meta.slug}.txt`), text);
    writeFileSync(
      join(importedDir, `${meta.slug}.map.json`),
      `${JSON.stringify({ source: meta.source, lines: map, dropped: doc.imported.dropped }, null, 1)}\n`,
    );
  }
  return results;
}
