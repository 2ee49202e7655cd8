/**
 * Every case of the bad-input corpus (tests/fixtures/bad-input/, see
 * tests/helpers/bad-input.ts) runs through the build's own checks on a copy of
 * content/: it either renders literally or stops with a message that starts
 * with the file and line expected.yaml names. The messages are snapshotted, so
 * a change in wording shows up in review. A case that renders literally needs
 * only its own document beside a real registry, so it runs on content/ cut
 * down to one document; a case that stops may cite any document.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepShortestDocument } from '../../scripts/temp-project.ts';
import { SourceError } from '../../src/core/errors.ts';
import { type BuildContext, runStage, stagesBefore } from '../../src/pipeline/stages.ts';
import { corpusCases, layCase } from '../helpers/bad-input.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'hy-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const small = join(scratch, 'one-document');
cpSync(join(projectRoot, 'content'), join(small, 'content'), { recursive: true });
keepShortestDocument(small);

/** The stages scripts/build.ts runs before Astro, on the given project folder. */
async function check(root: string) {
  const ctx: BuildContext = { root, site: join(root, '.build', 'staging'), base: '/', log: () => {} };
  for (const stage of stagesBefore('astro')) await runStage(stage, ctx);
  return ctx;
}

describe('bad-input corpus', () => {
  for (const badCase of corpusCases()) {
    const { name, expected } = badCase;
    it(`${name}: ${expected.outcome}`, async () => {
      const root = join(scratch, name);
      const base = expected.outcome === 'renders-literally' ? small : projectRoot;
      cpSync(join(base, 'content'), join(root, 'content'), { recursive: true });
      layCase(badCase, root);
      if (expected.outcome === 'renders-literally') {
        const text = (await check(root))
          .siteData!.index.paragraphs.filter((p) => p.doc === expected.doc)
          .map((p) => p.text)
          .join('\n');
        for (const literal of expected.literal) expect(text, literal).toContain(literal);
        expect(text, 'no byte-order mark or carriage return reaches the page').not.toMatch(/[\uFEFF\r]/);
        return;
      }
      let error: unknown;
      try {
        await check(root);
      } catch (e) {
        error = e;
      }
      expect(error, 'the build should have stopped').toBeInstanceOf(SourceError);
      const { message } = error as SourceError;
      expect(message.slice(0, `${expected.file}:${expected.line}: `.length)).toBe(`${expected.file}:${expected.line}: `);
      expect(message.length, 'a message quotes at most 200 characters of source text').toBeLessThan(1000);
      expect(message).toMatchSnapshot();
    });
  }
});
