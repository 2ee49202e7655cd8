/** Page numbers go only when they form the document's page sequence; a number that is text stays. */
import { describe, expect, it } from 'vitest';
import { detectLayout, findPageNumbers, splitLines } from '../../src/conversion/reflow.ts';
import { checkFidelity } from '../../src/verify/fidelity.ts';
import { extract, synthetic } from '../helpers/typeset.ts';

const options = { width: 28, blankLines: true, pageLines: 30, digitSpaces: false, halfWidth: false, indent: 'lost' as const };

function pagesOf(text: string) {
  const lines = splitLines(text);
  return findPageNumbers(lines, detectLayout(lines));
}

describe('page numbers', () => {
  it('finds every number of an ascending page sequence, with its line', () => {
    const text = extract(synthetic(3), options);
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
    for (const p of pages) expect(text.split('\n')[p.line - 1]).toBe(String(p.number));
  });

  it('keeps a lone number that an extraction broke out of the text ("成立" / "70" / "周年")', () => {
    const text = extract(synthetic(3), options).split('\n');
    text.splice(200, 0, '70', '');
    const pages = pagesOf(text.join('\n'));
    expect(pages.map((p) => p.number)).not.toContain(70);
    expect(pages.length).toBeGreaterThan(3);
  });

  it('drops nothing in a text with a single number line', () => {
    const text = extract(synthetic(3).slice(0, 3), { ...options, pageLines: 1000 }).split('\n');
    text.splice(4, 0, '70');
    expect(pagesOf(text.join('\n'))).toEqual([]);
  });

  // How PDFs print them: dashes, dots, 第N页 (in either script), N/M.
  const FORMS = ['- N -', '— N —', '－N－', '·N·', '第N页', '第 N 頁 共 40 頁', 'N/40'];

  /** The typeset text with each page number line printed in `form`. */
  function printed(form: string): string {
    return extract(synthetic(3), options)
      .split('\n')
      .map((l) => (/^\d{1,3}$/.test(l) ? form.replace('N', l) : l))
      .join('\n');
  }

  it.each(FORMS)('finds a page sequence printed as %s', (form) => {
    const pages = pagesOf(printed(form));
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
  });

  it.each(FORMS)('fidelity counts a page number printed as %s as removed, every character of it, and nothing else', (form) => {
    const text = printed(form);
    const dropped = new Set(pagesOf(text).map((p) => p.line));
    const kept = text.split('\n').filter((_, i) => !dropped.has(i + 1));
    const report = checkFidelity(new TextEncoder().encode(text), `<main data-fidelity-root>${kept.join('')}</main>`, 'printed.txt');
    expect(report.unexplained).toBe(0);
    expect(report.removed.pageNumbers).toBe([...dropped].reduce((n, line) => n + text.split('\n')[line - 1]!.replace(/\s/g, '').length, 0));
    expect(report.matched + report.removed.pageNumbers).toBe(report.sourceChars);
  });
});
