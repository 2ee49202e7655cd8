/**
 * What the annotate stage stores for a report page and how the page reads it
 * back: tests/fixtures/stored-report/<case>/input.mdx becomes output.html and
 * headings.json (as Astro's MDX pipeline would render and collect them); a case
 * with an `error.txt` must stop with that sentence. A missing expected file
 * fails; UPDATE_FIXTURES=1 writes it, to be reviewed.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxToHast, readRendered, storeRendered } from '../../src/annotation/report-pipeline.ts';
import { expectGolden } from '../helpers/golden.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'stored-report');
const scratch = mkdtempSync(join(tmpdir(), 'hy-stored-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Stores `mdx` as the report `slug` and returns the path of its MDX file. */
function store(slug: string, mdx: string): string {
  const path = join(scratch, `${slug}.mdx`);
  writeFileSync(path, mdx);
  storeRendered(join(scratch, 'rendered'), slug, mdx, mdxToHast(mdx, []).tree);
  return path;
}

describe('stored report fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.mdx'), 'utf8');
      const errorFile = join(root, name, 'error.txt');
      if (existsSync(errorFile)) {
        expect(() => store(name, input)).toThrow(readFileSync(errorFile, 'utf8').trim());
        return;
      }
      const { html, headings } = readRendered(join(scratch, 'rendered'), store(name, input));
      expectGolden(join(root, name, 'output.html'), `${html}\n`);
      expectGolden(join(root, name, 'headings.json'), `${JSON.stringify(headings, null, 2)}\n`);
    });
  }
});

describe('reading a stored report', () => {
  it('stops, naming the MDX file, when it was changed after the annotate stage rendered it', () => {
    const path = store('stale', '## 一、总体要求\n\n正文。\n');
    writeFileSync(path, '## 一、总体要求\n\n改过的正文。\n');
    expect(() => readRendered(join(scratch, 'rendered'), path)).toThrow(`${path}: changed after the annotate stage rendered it`);
  });

  it('stops, naming the MDX file, when nothing was stored for it (Astro run without the build)', () => {
    const path = join(scratch, 'never-rendered.mdx');
    writeFileSync(path, '正文。\n');
    expect(() => readRendered(join(scratch, 'rendered'), path)).toThrow(`${path}: no rendered report at`);
  });
});
