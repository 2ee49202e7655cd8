/** The registry is compiled once per plugin instance and each paragraph is scanned once, however many patterns there are. */
import type { MatcherOptions, PatternInput, SearchOptions } from 'modern-ahocorasick';
import { expect, it, vi } from 'vitest';
import { patternsFrom } from '../../../src/annotation/term-patterns.ts';
import { annotateHtml } from './annotate-html.ts';

const counts = vi.hoisted(() => ({ built: 0, scans: 0 }));

vi.mock('modern-ahocorasick', async (importOriginal) => {
  const { default: AhoCorasick } = await importOriginal<typeof import('modern-ahocorasick')>();
  class Counted<T> extends AhoCorasick<T> {
    constructor(patterns: readonly PatternInput<T>[], options?: MatcherOptions) {
      super(patterns, options);
      counts.built++;
    }
    override search(text: string, options?: SearchOptions) {
      counts.scans++;
      return super.search(text, options);
    }
  }
  return { default: Counted };
});

it('builds one automaton for all patterns and guards, and scans each paragraph once', () => {
  const patterns = patternsFrom(
    [{ id: 'fang-guan-fu', term: '放管服', variants: ['放管服改革'] }],
    [
      { id: 'nanyue-district', name: '南岳区', aliases: ['南岳'], guards: ['南岳衡山'] },
      { id: 'nanyue-airport', name: '南岳机场', aliases: [], guards: [] },
    ],
  );
  const html = Array.from({ length: 150 }, (_, i) => `<p id="s0-p${i + 1}">深化<strong>放管服</strong>改革，南岳机场与南岳衡山。</p>`).join(
    '\n',
  );
  const { mentions } = annotateHtml(html, patterns);
  expect(counts).toEqual({ built: 1, scans: 150 });
  expect(mentions).toHaveLength(300);
});
