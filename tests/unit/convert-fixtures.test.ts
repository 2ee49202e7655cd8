/**
 * One fixture per conversion rule: tests/fixtures/convert/<case>/input.txt is
 * converted and compared with output.mdx (title block as frontmatter, then the
 * body). A missing output fails; run with UPDATE_FIXTURES=1 to write outputs, then review the diff.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { decodeSource } from '../../src/conversion/decode.ts';
import { detectLayout, dropPageNumbers, reflow, splitLines } from '../../src/conversion/reflow.ts';
import { buildTree } from '../../src/conversion/structure.ts';
import { toMdast } from '../../src/conversion/to-mdast.ts';
import { toMdx } from '../../src/conversion/to-mdx.ts';
import { expectGolden } from '../helpers/golden.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'convert');

function convertFixture(input: Uint8Array, givenTitle: string | undefined, untitled: boolean): string {
  const { text } = decodeSource(input, 'input.txt');
  const lines = splitLines(text);
  const layout = detectLayout(lines);
  // A fixture's title is its first line unless title.txt names it or a file `untitled` says it prints none, as documents.yaml would.
  const title = untitled ? undefined : (givenTitle ?? lines[0]!.text.replace(/\s/g, ''));
  const tree = buildTree(reflow(dropPageNumbers(lines, layout), layout), title, 'input.txt');
  return toMdx(toMdast(tree), { wrapped: layout.wrapped, front: tree.front.map(({ role, text: t }) => ({ role, text: t })) });
}

describe('conversion fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const titleFile = join(root, name, 'title.txt');
      const title = existsSync(titleFile) ? readFileSync(titleFile, 'utf8').trim() : undefined;
      const actual = convertFixture(readFileSync(join(root, name, 'input.txt')), title, existsSync(join(root, name, 'untitled')));
      const expectedPath = join(root, name, 'output.mdx');
      expectGolden(expectedPath, actual);
    });
  }
});
