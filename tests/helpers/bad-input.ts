/**
 * The bad-input corpus, tests/fixtures/bad-input/<case>/: each case holds the
 * files it lays over a copy of the project (`content/...`) and expected.yaml.
 * A file named `<name>.prepend` goes at the head of the project's `<name>`
 * rather than replacing it, so a case adds one bad entry to a real registry
 * and the line in its message does not move when the registry grows. What
 * git cannot hold (a FIFO, a file of many megabytes) and symbolic links are
 * made as `make:` says: the repository holds no link, so no copy of it that
 * follows links can read /dev/zero or a file outside it. The checksum of every
 * source a case lays is recorded, as a contributor would with
 * `npm run sources:record`, unless the case lays content/sources/SHA256SUMS
 * (or a `.prepend` to it) itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SUMS_FILE, sha256 } from '../../src/conversion/checksums.ts';
import { parse } from 'yaml';
import { z } from 'zod';

export const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'bad-input');

const expectedSchema = z.discriminatedUnion('outcome', [
  /** The build stops; its message starts with `file:line:`. */
  z
    .object({
      outcome: z.literal('stops'),
      file: z.string(),
      line: z.number().int().positive(),
      delete: z.array(z.string()).default([]),
      /** Made at the path: a FIFO, a sparse file of `bytes` bytes, or a symbolic link to `link`. */
      make: z
        .array(
          z.union([
            z.object({ path: z.string(), fifo: z.literal(true) }).strict(),
            z.object({ path: z.string(), bytes: z.number().int() }).strict(),
            z.object({ path: z.string(), link: z.string() }).strict(),
          ]),
        )
        .default([]),
    })
    .strict(),
  /** The build passes and each string is text in a paragraph of `doc` (after the same MDX → hast steps Astro runs). */
  z.object({ outcome: z.literal('renders-literally'), doc: z.string(), literal: z.array(z.string()).min(1) }).strict(),
]);

export type Expected = z.infer<typeof expectedSchema>;

export interface BadInputCase {
  name: string;
  dir: string;
  expected: Expected;
}

/** The cases in a corpus folder: its subfolders with an expected.yaml (the fault corpus, tests/fixtures/faults/, has such cases too). */
export function corpusCases(dir = corpusDir): BadInputCase[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'expected.yaml')))
    .sort()
    .map((name) => {
      const caseDir = join(dir, name);
      return { name, dir: caseDir, expected: expectedSchema.parse(parse(readFileSync(join(caseDir, 'expected.yaml'), 'utf8'))) };
    });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Lays a case over the project copy in `projectDir`. */
export function layCase({ dir, expected }: BadInputCase, projectDir: string): void {
  const laid = filesUnder(dir).filter((p) => p !== 'expected.yaml');
  for (const path of laid) {
    const target = join(projectDir, path.replace(/\.prepend$/, ''));
    mkdirSync(dirname(target), { recursive: true });
    const bytes = readFileSync(join(dir, path));
    writeFileSync(target, path.endsWith('.prepend') ? Buffer.concat([bytes, readFileSync(target)]) : bytes);
  }
  if (expected.outcome === 'stops') {
    for (const path of expected.delete) rmSync(join(projectDir, path));
    for (const made of expected.make) {
      const target = join(projectDir, made.path);
      mkdirSync(dirname(target), { recursive: true });
      if ('fifo' in made) execFileSync('mkfifo', [target]);
      else if ('link' in made) {
        rmSync(target, { force: true });
        symlinkSync(made.link, target);
      } else {
        writeFileSync(target, '');
        truncateSync(target, made.bytes);
      }
    }
  }
  const sums = join('content', 'sources', SUMS_FILE);
  if (laid.some((p) => p.startsWith(sums))) return;
  const sources = laid.filter((p) => /^content\/sources\/[^/]+\.txt$/.test(p));
  if (!sources.length) return;
  const names = new Set(sources.map((p) => p.slice('content/sources/'.length)));
  const kept = readFileSync(join(projectDir, sums), 'utf8')
    .split('\n')
    .filter((line) => line && !names.has(line.slice(66)));
  const added = [...names].map((name) => `${sha256(readFileSync(join(projectDir, 'content', 'sources', name)))}  ${name}`);
  writeFileSync(join(projectDir, sums), `${[...kept, ...added].join('\n')}\n`);
}
