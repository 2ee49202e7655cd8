/**
 * A corpus of N documents for the scale part of `npm run bench`: the real
 * content/ (so the glossary's quotes and the targets still resolve) plus copies
 * of the five real sources under new file names and slugs (`<slug>-copy-k`),
 * until there are N documents.
 *
 *   node scripts/make-synthetic-corpus.ts <project-dir> <N>
 *
 * Copies keep their own `title`, since the build checks that the title occurs
 * in the text. Their years move in steps of 5 (so a five-year plan stays on the
 * five-year cycle), alternately later and earlier: +5, −5, +10, −10, … as far as
 * the schema's year range allows for that document, then round again. A
 * 500-document corpus needs 99 copies of each, more than the range holds, so
 * later copies share years with earlier ones (only slugs and files must differ).
 */
import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { recordChecksums } from '../src/conversion/checksums.ts';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { type DocumentMeta, YEAR_RANGE, documentsSchema } from '../src/data/documents-schema.ts';
import { paths } from './paths.ts';

type Period = DocumentMeta['reviews'];

const STEP = 5;

/** Every year a document names, for the range its copies may move within. */
function yearsOf(meta: DocumentMeta): number[] {
  const date = 'exact' in meta.date ? Number(meta.date.exact.slice(0, 4)) : meta.date.year;
  return [date, meta.reviews.from, meta.reviews.to, ...(meta.plans ? [meta.plans.from, meta.plans.to] : [])];
}

/** The shifts that keep all of a document's years in range, in the order +5, −5, +10, −10, … */
function yearShifts(meta: DocumentMeta): number[] {
  const years = yearsOf(meta);
  const [down, up] = [Math.min(...years) - YEAR_RANGE.min, YEAR_RANGE.max - Math.max(...years)];
  const shifts: number[] = [];
  for (let s = STEP; s <= Math.max(down, up); s += STEP) {
    if (s <= up) shifts.push(s);
    if (s <= down) shifts.push(-s);
  }
  if (!shifts.length)
    throw new Error(`${meta.slug}: its years leave no room to move by ${STEP} within ${YEAR_RANGE.min}–${YEAR_RANGE.max}.`);
  return shifts;
}

function yearShift(meta: DocumentMeta, k: number): number {
  const shifts = yearShifts(meta);
  return shifts[(k - 1) % shifts.length]!;
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
  const by = yearShift(meta, k);
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

/**
 * The copies that make `real` up to `n` documents, each with the document it
 * copies: the five in turn, the k-th round of copies numbered k. The bench's
 * parallels section reads this list too, so both corpora are one.
 */
export function syntheticCopies(real: DocumentMeta[], n: number): { of: DocumentMeta; copy: DocumentMeta }[] {
  if (!Number.isInteger(n) || n < real.length)
    throw new Error(`N must be a whole number of at least ${real.length} (the real documents), not ${n}.`);
  return Array.from({ length: n - real.length }, (_, i) => {
    const of = real[i % real.length]!;
    return { of, copy: copyRecord(of, Math.floor(i / real.length) + 1) };
  });
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
  const copies = syntheticCopies(real, n);
  // Validate before writing, so an impossible corpus fails here and not deep inside the build.
  documentsSchema.parse([...real, ...copies.map((c) => c.copy)]);
  const sources = join(content, 'sources');
  for (const { of, copy } of copies) copyFileSync(join(sources, of.source), join(sources, copy.source));
  // Appending keeps the real records (and their comments) byte for byte.
  writeFileSync(
    listing,
    copies.length
      ? `${original.trimEnd()}\n${stringify(
          copies.map((c) => c.copy),
          { aliasDuplicateObjects: false },
        )}`
      : original,
  );
  recordChecksums(projectDir, sources);
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
