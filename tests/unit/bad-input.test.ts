/**
 * Every case of the bad-input corpus (tests/fixtures/bad-input/, see
 * tests/helpers/bad-input.ts) runs through the build's own checks on a copy of
 * content/: it either renders literally or stops with a message that starts
 * with the file and line expected.yaml names. The messages are snapshotted, so
 * a change in wording shows up in review.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertAll } from '../../src/conversion/convert-all.ts';
import { SourceError } from '../../src/core/errors.ts';
import { loadDocuments } from '../../src/data/content.ts';
import { checkContent } from '../../src/pipeline/check-content.ts';
import { corpusCases, layCase } from '../helpers/bad-input.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'hy-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What scripts/build.ts runs before Astro, on the given project folder. */
function check(root: string) {
  const contentDir = join(root, 'content');
  const documents = loadDocuments(contentDir, root);
  const results = convertAll({ contentDir, outDir: join(root, '.generated', 'reports'), root }, documents);
  return checkContent(results, documents, contentDir, root, '/');
}

describe('bad-input corpus', () => {
  for (const badCase of corpusCases()) {
    const { name, expected } = badCase;
    it(`${name}: ${expected.outcome}`, () => {
      const root = join(scratch, name);
      cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
      layCase(badCase, root);
      if (expected.outcome === 'renders-literally') {
        const text = check(root).site.index.paragraphs.filter((p) => p.doc === expected.doc).map((p) => p.text).join('\n');
        for (const literal of expected.literal) expect(text, literal).toContain(literal);
        expect(text, 'no byte-order mark or carriage return reaches the page').not.toMatch(/[\uFEFF\r]/);
        return;
      }
      let error: unknown;
      try {
        check(root);
      } catch (e) {
        error = e;
      }
      expect(error, 'the build should have stopped').toBeInstanceOf(SourceError);
      const { message } = error as SourceError;
      expect(message.slice(0, `${expected.file}:${expected.line}: `.length)).toBe(`${expected.file}:${expected.line}: `);
      expect(message).toMatchSnapshot();
    });
  }
});
