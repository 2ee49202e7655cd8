/**
 * Converts every document listed in content/documents.yaml and checks that the
 * listing and the folder of sources agree (no text without metadata, no
 * metadata without a text). Each source is read once, as a regular file of
 * the project within the size limit, and must match its recorded checksum.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from '../core/errors.ts';
import { shownPath } from '../core/paths.ts';
import { type LoadedDocuments, loadDocuments } from '../data/content.ts';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { DataError } from '../data/load-yaml.ts';
import { checkChecksum, readChecksums, readSource } from './checksums.ts';
import { type Steps, runSteps } from '../core/steps.ts';
import { type ConvertedDocument, convertSource } from './convert-source.ts';

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
): ConvertResult[] {
  return runSteps(convertEach(options, listing));
}

/** `convertAll` one document per step (src/core/steps.ts). */
export function* convertEach({ contentDir, outDir, root }: ConvertOptions, listing: LoadedDocuments): Steps<ConvertResult[]> {
  const show = (p: string) => shownPath(root, p);
  const { documents: docs, lineOf } = listing;
  const sourcesDir = join(contentDir, 'sources');
  const onDisk = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));
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
    results.push({ meta, doc: convertSource(bytes, meta, show(path)) });
    yield;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const { meta, doc } of results) writeFileSync(join(outDir, `${meta.slug}.mdx`), doc.mdx);
  return results;
}
