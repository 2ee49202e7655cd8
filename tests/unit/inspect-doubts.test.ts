/**
 * `npm run inspect` ranks its doubts: each decision taken inside a margin (a join
 * or split near the wrap width, a heading by shape alone, a title found past a
 * lead), with its line and reason, riskiest first; `--json` for tools.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSource } from '../../src/conversion/inspect.ts';
import { extract, synthetic } from '../helpers/typeset.ts';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'convert', name, 'input.txt');

describe('inspect ranks its doubts', () => {
  it('names a title found after a lead, at the title line', () => {
    const r = inspectSource(readFileSync(fixture('lead-and-speaker')), 'input.txt', '政府工作報告');
    const title = r.doubts.find((d) => d.kind === 'title');
    expect(title?.line).toBe(3);
    expect(title?.reason).toContain('lead');
  });

  it('names each heading recognised by its shape alone, and no numbered one', () => {
    const text = readFileSync(fixture('unnumbered-headings'), 'utf8');
    const r = inspectSource(Buffer.from(text), 'input.txt', text.split('\n')[0]!.trim());
    const headings = r.doubts.filter((d) => d.kind === 'heading');
    expect(headings.length).toBeGreaterThan(0);
    for (const d of headings) expect(text.split('\n')[d.line - 1]).not.toMatch(/^\s*(?:[一二三四五六七八九十]+、|[（(])/u);
  });

  it('lists joins and splits near the width of a wrapped text, riskiest first, each at a line of the file', () => {
    // Report prose set at 28 em, its indents lost, as a PDF extraction gives it.
    const text = `示例报告\n${extract(synthetic(1), { width: 28, blankLines: false, pageLines: 40, digitSpaces: false, halfWidth: false, indent: 'lost' })}`;
    const r = inspectSource(Buffer.from(text), 'input.txt', '示例报告');
    expect(r.layout.wrapped).toBe(true);
    const margins = r.doubts.filter((d) => d.kind === 'join' || d.kind === 'split');
    expect(margins.length).toBeGreaterThan(0);
    const risks = r.doubts.map((d) => d.risk);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    for (const d of margins) expect(text.split('\n')[d.line - 1]!.trim().length).toBeGreaterThan(0);
  });

  it("names a short line joined as a paragraph's first line by its clause marks, at that line, and no full line", () => {
    const r = inspectSource(readFileSync(fixture('prose-first-line')), 'input.txt', '政府工作报告');
    const firsts = r.doubts.filter((d) => d.kind === 'join' && d.reason.includes("paragraph's first line"));
    // The two first lines whose indent the copy dropped and whose length alone would have made them headings.
    expect(firsts.map((d) => d.line)).toEqual([6, 9]);
  });

  it('names the line kept apart from an image placeholder after it', () => {
    const r = inspectSource(readFileSync(fixture('image-placeholder')), 'input.txt');
    const kept = r.doubts.filter((d) => d.reason.includes('image placeholder'));
    expect(kept.map((d) => d.line)).toEqual([1, 10]);
  });

  it('prints one JSON object a file with --json', () => {
    const out = spawnSync(process.execPath, [join(root, 'scripts', 'inspect.ts'), '--json', fixture('lead-and-speaker')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(out.status, out.stderr).toBe(0);
    const parsed = JSON.parse(out.stdout) as { file: string; doubts: { kind: string; line: number; risk: number; reason: string }[] };
    expect(parsed.file).toContain('lead-and-speaker');
    expect(Array.isArray(parsed.doubts)).toBe(true);
  });
});
