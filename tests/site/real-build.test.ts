/**
 * Real builds on cases of the bad-input corpus (tests/fixtures/bad-input/):
 * MDX-looking, GB18030, BOM and CRLF sources render literally on the built
 * page, four documents more need no code change, and a failed build names the
 * file and line and, like one that fails inside Astro, leaves the previous
 * dist/ alone and no half-built staging folder. The other cases are
 * checked without Astro by tests/unit/bad-input.test.ts.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../src/verify/fidelity.ts';
import { type TempProject, smallProject } from '../../scripts/temp-project.ts';
import { corpusCases, layCase } from '../helpers/bad-input.ts';

const corpus = new Map(corpusCases().map((c) => [c.name, c]));
const badCase = (name: string) => corpus.get(name)!;

describe('real builds', () => {
  // One successful build of one document and the four cases serves both tests: its pages show
  // the literal cases, and its dist/ is the previous site a failed build must leave alone.
  const literalCases = ['mdx-and-html-in-source', 'gb18030-source', 'utf8-bom-source', 'crlf-source'].map(badCase);
  let project: TempProject;
  let built: { status: number; output: string };
  beforeAll(() => {
    project = smallProject();
    for (const c of literalCases) layCase(c, project.dir);
    built = project.build();
  }, 180_000);

  it('renders MDX/JSX-looking source text literally, reads GB18030, BOM and CRLF sources, and adding documents needs no code change', () => {
    const { status, output } = built;
    expect(status, output).toBe(0);
    for (const { expected } of literalCases) {
      if (expected.outcome !== 'renders-literally') throw new Error('not a renders-literally case');
      expect(output).toMatch(new RegExp(`${expected.doc}: \\d+ source chars, \\d+ on the page, .*unexplained: 0`));
      const text = pageText(project.read(`dist/reports/${expected.doc}/index.html`));
      for (const literal of expected.literal) expect(text, literal).toContain(literal);
      expect(project.read('dist/index.html')).toContain(`reports/${expected.doc}/`);
    }
    expect(project.read('dist/reports/escaping-test/index.html')).not.toMatch(/<Foo|<script>alert|<div>标签|<b>粗|<!--不是/);
  });

  it(
    'keeps the previous dist/ and no half-built staging when a build fails early (bad input, naming file and line) or late (while Astro writes pages)',
    { timeout: 180_000 },
    () => {
      expect(built.status, 'the first build must pass to leave a dist/ behind').toBe(0);
      const files = () => readdirSync(join(project.dir, 'dist'), { recursive: true }).map(String).sort();
      const before = { files: files(), home: project.read('dist/index.html') };
      const leftAlone = (output: string) => {
        expect(files(), output).toEqual(before.files);
        expect(project.read('dist/index.html')).toBe(before.home);
        expect(existsSync(join(project.dir, '.build', 'staging')), 'staging folder removed').toBe(false);
      };

      // Late: Astro has written pages into the staging folder when a page throws.
      const failing = 'src/pages/zz-deliberate-failure.astro';
      project.write(failing, '---\nthrow new Error("a page that fails while Astro renders");\n---\n');
      const late = project.build();
      expect(late.status).not.toBe(0);
      expect(late.output).toContain('Build stopped: astro: astro build exited with code 1');
      leftAlone(late.output);
      rmSync(join(project.dir, failing));

      // Early: bad input stops the build before Astro.
      const empty = badCase('empty-source');
      if (empty.expected.outcome !== 'stops') throw new Error('not a stops case');
      layCase(empty, project.dir);
      const early = project.build();
      expect(early.status).not.toBe(0);
      expect(early.output).toContain(`Build stopped: convert: ${empty.expected.file}:${empty.expected.line}: `);
      leftAlone(early.output);
    },
  );
});
