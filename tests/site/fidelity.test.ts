/** The built pages hold every character of their sources; the check notices a lost or added character. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/conversion/decode.ts';
import { checkFidelity } from '../../src/verify/fidelity.ts';

const docs = parse(readFileSync('content/documents.yaml', 'utf8')) as { slug: string; source: string }[];
const page = (slug: string) => readFileSync(`dist/reports/${slug}/index.html`, 'utf8');
const source = (name: string) => readFileSync(`content/sources/${name}`);

describe('fidelity of the built pages', () => {
  it.each(docs)('$slug loses nothing but documented artefacts', ({ slug, source: name }) => {
    const report = checkFidelity(source(name), page(slug), name);
    expect(report.unexplained).toBe(0);
    expect(report.matched + report.removed.pageNumbers + report.removed.furniture + report.removed.boldMarkers).toBe(report.sourceChars);
  });

  it.each(docs)(
    '$slug: each removed page number is listed with its source line, and bold markers are the source’s asterisks',
    ({ slug, source: name }) => {
      const report = checkFidelity(source(name), page(slug), name);
      const lines = decodeSource(source(name), name).text.split('\n');
      // Every character of a printed page number is removed, and nothing else is counted as one; numbers ascend as pages do.
      for (const p of report.pageNumbers) expect(lines[p.line - 1]).toContain(p.text);
      expect(report.removed.pageNumbers).toBe(report.pageNumbers.reduce((n, p) => n + lines[p.line - 1]!.replace(/\s/gu, '').length, 0));
      const numbers = report.pageNumbers.map((p) => Number(p.text.replace(/\D/g, '')));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(report.removed.boldMarkers).toBeLessThanOrEqual(lines.join('').split('*').length - 1);
      expect(report.removed.boldMarkers % 2).toBe(0);
    },
  );

  it('names the source line of the first difference', () => {
    const bytes = source('001_6007c0c7bfc32ead.txt');
    const line =
      decodeSource(bytes, '2019')
        .text.split('\n')
        .findIndex((l) => l.includes('同比提高6.54个百分点')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(checkFidelity(bytes, page('city-report-2019').replace('6.54个百分点', '6.5个百分点'), '2019').firstDifferenceLine).toBe(line);
  });

  it('notices a character missing from the page, and text added to it', () => {
    const html = page('city-report-2019');
    // The figure is in a nowrap span on the page (rehype-figure-nobr); the check reads through it.
    const figure = '同比提高<span class="nobr">6.54个百分点</span>';
    expect(html).toContain(figure);
    expect(
      checkFidelity(source('001_6007c0c7bfc32ead.txt'), html.replace(figure, '同比提高<span class="nobr">6.5个百分点</span>'), '2019')
        .unexplained,
    ).toBeGreaterThan(0);
    expect(
      checkFidelity(source('001_6007c0c7bfc32ead.txt'), html.replace(figure, `${figure}（新增）`), '2019').unexplained,
    ).toBeGreaterThan(0);
  });
});
