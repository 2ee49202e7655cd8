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
    expect(report.matched + report.removed.pageNumbers + report.removed.boldMarkers).toBe(report.sourceChars);
  });

  it('counts the plan’s page numbers and the 2012 report’s bold markers as the only removals', () => {
    expect(checkFidelity(source('003_9e2a2ca4248f083e.txt'), page('five-year-plan-2016-2020'), 'plan').removed).toEqual({
      pageNumbers: 6,
      boldMarkers: 0,
    });
    expect(checkFidelity(source('000_cc1cd2d3be3f6374.txt'), page('city-report-2012'), '2012').removed.boldMarkers).toBe(132);
    // Each removed page number is listed with its line: the plan's surviving page numbers 21, 49, 58 ascend at page spacing.
    expect(
      checkFidelity(source('003_9e2a2ca4248f083e.txt'), page('five-year-plan-2016-2020'), 'plan').pageNumbers.map(
        (p) => `${p.text}@${p.line}`,
      ),
    ).toEqual(['21@1107', '49@2722', '58@3272']);
  });

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
