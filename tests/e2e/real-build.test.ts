/**
 * Real builds on cases of the bad-input corpus (tests/fixtures/bad-input/):
 * MDX-looking, GB18030, BOM and CRLF sources render literally on the built
 * page, four documents more need no code change, and a failed build names the
 * file and line and leaves the previous dist/ alone. The other cases are
 * checked without Astro by tests/unit/bad-input.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/checks/fidelity.ts';
import { tempProject } from '../../scripts/temp-project.ts';
import { corpusCases, layCase } from '../helpers/bad-input.ts';

const corpus = new Map(corpusCases().map((c) => [c.name, c]));
const badCase = (name: string) => corpus.get(name)!;

describe('real builds', () => {
  it('renders MDX/JSX-looking source text literally, reads GB18030, BOM and CRLF sources, and adding documents needs no code change', { timeout: 180_000 }, () => {
    const project = tempProject(true);
    const literalCases = ['mdx-and-html-in-source', 'gb18030-source', 'utf8-bom-source', 'crlf-source'].map(badCase);
    for (const c of literalCases) layCase(c, project.dir);
    const { status, output } = project.build();
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

  it('stops with the file and line on bad input and keeps the previous dist/', { timeout: 180_000 }, () => {
    const project = tempProject(true);
    expect(project.build().status).toBe(0);
    const before = project.read('dist/index.html');
    const empty = badCase('empty-source');
    if (empty.expected.outcome !== 'stops') throw new Error('not a stops case');
    layCase(empty, project.dir);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`Build stopped: ${empty.expected.file}:${empty.expected.line}: `);
    expect(project.read('dist/index.html')).toBe(before);
    expect(existsSync(join(project.dir, '.build', 'dist'))).toBe(false);
  });
});
