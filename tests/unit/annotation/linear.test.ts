/**
 * Annotation is linear in a paragraph's length and its number of links (issue
 * 32: a one-line source of 512 KB took 14 s, every link rebuilding the
 * paragraph). Timed as a ratio, not against a clock: a paragraph eight times as
 * long, with eight times the links, may take at most 20 times as long (linear
 * is 8; the old rebuild per link took 40 times and more). Each size is timed
 * at its best of three, so a busy machine does not decide the result.
 */
import { describe, expect, it } from 'vitest';
import { patternsFrom } from '../../../src/annotation/term-patterns.ts';
import { annotateHtml } from './annotate-html.ts';

const patterns = patternsFrom(
  [{ id: 'fang-guan-fu', term: '放管服', variants: [] }],
  [
    { id: 'nanyue-airport', name: '南岳机场', aliases: [], guards: [] },
    { id: 'hengyang-county', name: '衡阳县', aliases: [], guards: [] },
  ],
);

/** One paragraph of `copies` clauses, some names in bold, as a one-line source gives. */
const paragraph = (copies: number) =>
  `<p id="p1">${'衡阳县推进放管服，<strong>南岳</strong>机场通航，衡阳县人民生活改善。'.repeat(copies)}</p>`;

function bestOfThree(copies: number): { ms: number; links: number } {
  const html = paragraph(copies);
  let ms = Infinity;
  let links = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    links = annotateHtml(html, patterns).mentions.length;
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, links };
}

describe('annotation scales linearly', () => {
  it('a paragraph eight times as long, with eight times the links, takes at most 20 times as long', () => {
    bestOfThree(50);
    const one = bestOfThree(150);
    const eight = bestOfThree(1_200);
    expect(eight.links).toBe(8 * one.links);
    expect(eight.ms / one.ms).toBeLessThan(20);
  });
});
