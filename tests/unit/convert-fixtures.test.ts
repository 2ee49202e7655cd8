/**
 * One fixture per conversion rule: tests/fixtures/convert/<case>/input.txt is
 * converted by the build's own `convertSource` and compared with output.mdx
 * (frontmatter with the fixture's record and title block, then the body). A
 * missing output fails; run with UPDATE_FIXTURES=1 to write outputs, then review the diff.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { convertSource } from '../../src/conversion/convert-source.ts';
import { splitLines } from '../../src/conversion/reflow.ts';
import { decodeSource } from '../../src/conversion/decode.ts';
import { documentSchema } from '../../src/data/documents-schema.ts';
import { documentRecord } from '../helpers/document-record.ts';
import { expectGolden } from '../helpers/golden.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'convert');

/** A fixture's record in documents.yaml: its title is its first line unless title.txt names it or a file `untitled` says it prints none. */
function fixtureMeta(dir: string, input: Uint8Array) {
  const titleFile = join(dir, 'title.txt');
  const untitled = existsSync(join(dir, 'untitled'));
  const firstLine = splitLines(decodeSource(input, 'input.txt').text)[0]!.text.replace(/\s/g, '');
  const title = existsSync(titleFile) ? readFileSync(titleFile, 'utf8').trim() : firstLine;
  return documentSchema.parse(
    documentRecord({
      ...(untitled ? { untitled: true, title: undefined } : { title }),
      display_title: '转换规则示例',
      description: '转换规则的示例文本。',
    }),
  );
}

describe('conversion fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const dir = join(root, name);
      const input = readFileSync(join(dir, 'input.txt'));
      expectGolden(join(dir, 'output.mdx'), convertSource(input, fixtureMeta(dir, input), 'input.txt').mdx);
    });
  }
});
