/**
 * content/sources/SHA256SUMS: the checksum of every source as it was received,
 * in `sha256sum` format. The build reads each source once and stops when its
 * bytes do not match the recorded checksum, or when it has none, so a source
 * never changes by accident (an editor's save, a line-end conversion, a
 * swapped file). A deliberate change is recorded with `npm run sources:record`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from '../core/errors.ts';
import { shownPath } from '../core/paths.ts';
import { MAX_SOURCE_BYTES, readProjectFile } from '../core/project-file.ts';
import { isSourceFile } from '../import/formats.ts';

export const SUMS_FILE = 'SHA256SUMS';
const RECORD = 'npm run sources:record';
const LINE = /^([0-9a-f]{64}) [ *](.+)$/;

export interface Checksums {
  /** SHA256SUMS as messages show it. */
  file: string;
  /** Each listed file's checksum and the line it is on. */
  byName: Map<string, { hash: string; line: number }>;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A source's bytes, read as a regular file of the project within the size limit. */
export function readSource(root: string, path: string): Buffer {
  return readProjectFile(root, path, { shown: shownPath(root, path), role: 'a source', maxBytes: MAX_SOURCE_BYTES });
}

export function readChecksums(root: string, sourcesDir: string): Checksums {
  const path = join(sourcesDir, SUMS_FILE);
  const file = shownPath(root, path);
  let text: string;
  try {
    text = readProjectFile(root, path, { shown: file, role: 'the checksum list' }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new SourceError(file, 1, `is missing: it lists the checksum of every source; record them with \`${RECORD}\`.`);
  }
  const byName = new Map<string, { hash: string; line: number }>();
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const m = LINE.exec(raw);
    if (!m)
      throw new SourceError(
        file,
        i + 1,
        `is not a line of \`sha256sum\` output ("<64 hex digits>  <file name>"); write it with \`${RECORD}\`.`,
      );
    byName.set(m[2]!, { hash: m[1]!, line: i + 1 });
  });
  return { file, byName };
}

/** Stops the build when `bytes`, the source `name` as read, are not what SHA256SUMS recorded. */
export function checkChecksum(sums: Checksums, name: string, bytes: Uint8Array, shown: string): void {
  const recorded = sums.byName.get(name);
  if (!recorded)
    throw new SourceError(
      shown,
      1,
      `has no checksum in ${sums.file}: a source is recorded as it was received; once it is, run \`${RECORD}\` and commit ${sums.file}.`,
    );
  if (recorded.hash !== sha256(bytes))
    throw new SourceError(
      shown,
      1,
      `does not match its checksum in ${sums.file}:${recorded.line}: the file changed since it was recorded. Restore the text as received, or, if the change is deliberate, run \`${RECORD}\` and commit ${sums.file}.`,
    );
}

/** Writes SHA256SUMS for every source (a .txt, or a file an importer reads) in `sourcesDir` (each read as a source is), sorted by name; returns the names. */
export function recordChecksums(root: string, sourcesDir: string): string[] {
  const names = readdirSync(sourcesDir).filter(isSourceFile).sort();
  const lines = names.map((name) => `${sha256(readSource(root, join(sourcesDir, name)))}  ${name}`);
  writeFileSync(join(sourcesDir, SUMS_FILE), lines.length ? `${lines.join('\n')}\n` : '');
  return names;
}
