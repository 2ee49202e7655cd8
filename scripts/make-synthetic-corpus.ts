/**
 * A corpus of N documents for the scale part of `npm run bench`: the real
 * content/ (so the glossary's quotes and the targets still resolve) plus copies
 * of the five real sources under new file names and slugs (`<slug>-copy-k`),
 * until there are N documents.
 *
 *   node scripts/make-synthetic-corpus.ts <project-dir> <N>
 *
 * Copies keep their own `title`, since the build checks that the title occurs
 * in the text. Their years move by 5 × ⌈k/2⌉, later for odd k and earlier for
 * even k: a plain k × 5 would leave the schema's 1949–2100 range from the 16th
 * copy on, and a 100-document corpus needs 19.
 */
import { copyFileSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { type DocumentMeta, documentsSchema } from '../src/data/documents-schema.ts';
import { paths } from './paths.ts';

type Period = DocumentMeta['reviews'];

function yearShift(k: number): number {
  const step = 5 * Math.ceil(k / 2);
  return k % 2 === 1 ? step : -step;
}

function shiftPeriod(p: Period, by: number): Period {
  return { from: p.from + by, to: p.to + by };
}

function shiftDate(date: DocumentMeta['date'], by: number): DocumentMeta['date'] {
  if ('exact' in date) return { exact: `${Number(date.exact.slice(0, 4)) + by}${date.exact.slice(4)}` };
  return { ...date, year: date.year + by };
}

function copySource(source: string, k: number): string {
  return source.replace(/\.txt$/, `-copy-${k}.txt`);
}

/** The k-th copy's record; display_title gets a marker so lists tell copies apart. */
function copyRecord(meta: DocumentMeta, k: number): DocumentMeta {
  const by = yearShift(k);
  return {
    ...meta,
    slug: `${meta.slug}-copy-${k}`,
    source: copySource(meta.source, k),
    display_title: `${meta.display_title}（副本${k}）`,
    date: shiftDate(meta.date, by),
    reviews: shiftPeriod(meta.reviews, by),
    ...(meta.plans ? { plans: shiftPeriod(meta.plans, by) } : {}),
  };
}

function writeChecksums(sourcesDir: string): void {
  const lines = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map(
      (f) =>
        `${createHash('sha256')
          .update(readFileSync(join(sourcesDir, f)))
          .digest('hex')}  ${f}`,
    );
  writeFileSync(join(sourcesDir, 'SHA256SUMS'), `${lines.join('\n')}\n`);
}

/** Replaces `<projectDir>/content` with the real content plus copies up to `n` documents in all. */
export function makeSyntheticCorpus(projectDir: string, n: number): void {
  // The real content/ is the template; overwriting it would lose the project's own sources.
  if (resolve(projectDir) === resolve(paths.root))
    throw new Error('Give a temp project folder (scripts/temp-project.ts), not this project: its content/ would be replaced.');
  const content = join(projectDir, 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync(paths.content, content, { recursive: true });
  const listing = join(content, 'documents.yaml');
  const original = readFileSync(listing, 'utf8');
  const real = documentsSchema.parse(parse(original));
  if (!Number.isInteger(n) || n < real.length)
    throw new Error(`N must be a whole number of at least ${real.length} (the real documents), not ${n}.`);

  const originals = Array.from({ length: n - real.length }, (_, i) => ({
    meta: real[i % real.length]!,
    k: Math.floor(i / real.length) + 1,
  }));
  const copies = originals.map(({ meta, k }) => copyRecord(meta, k));
  // Validate before writing, so an impossible corpus fails here and not deep inside the build.
  documentsSchema.parse([...real, ...copies]);
  const sources = join(content, 'sources');
  originals.forEach(({ meta }, i) => copyFileSync(join(sources, meta.source), join(sources, copies[i]!.source)));
  // Appending keeps the real records (and their comments) byte for byte.
  writeFileSync(listing, copies.length ? `${original.trimEnd()}\n${stringify(copies, { aliasDuplicateObjects: false })}` : original);
  writeChecksums(sources);
}

if (import.meta.main) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node scripts/make-synthetic-corpus.ts <project-dir> <N>');
    process.exit(2);
  }
  makeSyntheticCorpus(dir, Number(count));
  console.log(`Wrote ${count} documents to ${join(dir, 'content')}.`);
}
