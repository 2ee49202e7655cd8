/**
 * The bad-input corpus, tests/fixtures/bad-input/<case>/: each case holds the
 * files it lays over a copy of the project (`content/...`) and expected.yaml.
 * A file named `<name>.prepend` goes at the head of the project's `<name>`
 * rather than replacing it, so a case adds one bad entry to a real registry
 * and the line in its message does not move when the registry grows.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'bad-input');

const expectedSchema = z.discriminatedUnion('outcome', [
  /** The build stops; its message starts with `file:line:`. */
  z
    .object({ outcome: z.literal('stops'), file: z.string(), line: z.number().int().positive(), delete: z.array(z.string()).default([]) })
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
  for (const path of filesUnder(dir).filter((p) => p !== 'expected.yaml')) {
    const bytes = readFileSync(join(dir, path));
    const target = join(projectDir, path.replace(/\.prepend$/, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, path.endsWith('.prepend') ? Buffer.concat([bytes, readFileSync(target)]) : bytes);
  }
  if (expected.outcome === 'stops') for (const path of expected.delete) rmSync(join(projectDir, path));
}
