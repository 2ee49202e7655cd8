/**
 * A synthetic PDF extraction: the paragraphs of a real report are typeset at a
 * fixed width (blank lines between wrapped lines, a leading space and a page
 * number at page breaks, as our PDF source has them) and must reflow back to
 * the original paragraphs. Without indents, a paragraph whose last line is full
 * cannot be told from one that goes on, so the first case keeps last lines
 * short; the second typesets with the usual two-em indent and needs no such care.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLayout, dropPageNumbers, reflow, splitLines } from '../../src/conversion/reflow.ts';
import { displayWidth } from '../../src/conversion/whitespace.ts';

function typeset(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of paragraph) {
    if (displayWidth(line + ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return [...lines, line];
}

const sourceLines = splitLines(readFileSync('content/sources/001_6007c0c7bfc32ead.txt', 'utf8'));
// The report's paragraphs (stray breaks already joined), not its headings or title lines.
const original = reflow(sourceLines, detectLayout(sourceLines))
  .map((b) => b.text)
  .filter((t) => displayWidth(t) > 60);

function extract(paragraphs: string[], width: number, indent: string): string {
  const out: string[] = [];
  let lineCount = 0;
  for (const p of paragraphs) {
    typeset(indent + p, width).forEach((line) => {
      lineCount++;
      // Every 37 lines a page break: a page number line, and a leading space on the next line.
      if (lineCount % 37 === 0) out.push(String(lineCount / 37 + 1), '', ` ${line}`, '');
      else out.push(line, '');
    });
  }
  return out.join('\n');
}

function roundTrip(text: string) {
  const lines = splitLines(text);
  const layout = detectLayout(lines);
  return { layout, paragraphs: reflow(dropPageNumbers(lines, layout), layout).map((b) => b.text) };
}

describe('PDF-style re-wrapping', () => {
  it('reflows a re-wrapped report without indents: every paragraph end is found, text intact', () => {
    const paragraphs = original.filter((p) => displayWidth(typeset(p, 30).at(-1)!) < 27);
    expect(paragraphs.length).toBeGreaterThan(40);
    const result = roundTrip(extract(paragraphs, 30, ''));
    expect(result.layout).toEqual({ wrapped: true, width: 30, indents: false });
    // No paragraph is merged into another: each original is a run of consecutive reflowed blocks.
    let at = 0;
    let splits = 0;
    for (const p of paragraphs) {
      let joined = result.paragraphs[at++]!;
      while (joined !== p && joined.length < p.length) {
        joined += result.paragraphs[at++]!;
        splits++;
      }
      expect(joined).toBe(p);
    }
    expect(at).toBe(result.paragraphs.length);
    // A full line ending a sentence, followed by a short run-in sentence, reads as a new paragraph:
    // undecidable without indents, and rare.
    expect(splits).toBeLessThanOrEqual(Math.ceil(paragraphs.length * 0.05));
  });

  it('reflows a re-wrapped report with paragraph indents back to every paragraph', () => {
    const result = roundTrip(extract(original, 30, '\u3000\u3000'));
    expect(result.layout).toMatchObject({ wrapped: true, indents: true });
    expect(result.paragraphs).toEqual(original);
  });
});
