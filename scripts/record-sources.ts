/**
 * `npm run sources:record`: writes content/sources/SHA256SUMS for the sources
 * as they are now. Run it after adding a source or deliberately changing one
 * (the build stops on any source that does not match its recorded checksum),
 * and commit the file with the change.
 */
import { join } from 'node:path';
import { SUMS_FILE, recordChecksums } from '../src/conversion/checksums.ts';
import { SourceError } from '../src/core/errors.ts';
import { paths } from './paths.ts';

const sources = join(paths.content, 'sources');
try {
  const names = recordChecksums(paths.root, sources);
  console.log(`Recorded the checksums of ${names.length} sources in content/sources/${SUMS_FILE}.`);
} catch (error) {
  if (!(error instanceof SourceError)) throw error;
  console.error(`Not recorded: ${error.message}`);
  process.exit(1);
}
