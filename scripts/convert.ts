/** Stage 1 of the build: source texts -> MDX in .generated/reports. */
import { convertAll } from '../src/conversion/convert-all.ts';
import { SourceError } from '../src/core/errors.ts';
import { paths } from './paths.ts';

try {
  const results = convertAll({ contentDir: paths.content, outDir: paths.generatedReports, root: paths.root });
  for (const { meta, doc } of results) {
    console.log(
      `converted ${meta.source} -> ${meta.slug}.mdx (${doc.sourceChars} chars, ${doc.encoding}, ${doc.script}${doc.wrapped ? ', reflowed' : ''})`,
    );
    for (const w of doc.warnings) console.warn(`warning: content/sources/${meta.source}:${w.line}: ${w.message}`);
  }
} catch (error) {
  if (error instanceof SourceError) {
    console.error(`Build stopped: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
