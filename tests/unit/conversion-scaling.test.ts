/**
 * Conversion is linear in the length of the text (issue 18): reflow and the
 * document tree look at a bounded window of lines, never copy the rest of the
 * file per line. Counted as reads of the line and block arrays through a proxy,
 * a source four times as long may cost at most about four times as many reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Block, type Line, detectLayout, dropPageNumbers, reflow, splitLines } from '../../src/conversion/reflow.ts';
import { buildTree } from '../../src/conversion/structure.ts';

function counted<T>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads };
}

// The wrapped plan outline repeated: a long PDF-style source with headings, boxes and page numbers.
const plan = readFileSync('content/sources/003_9e2a2ca4248f083e.txt', 'utf8');

function cost(copies: number): number {
  const lines = splitLines(Array.from({ length: copies }, () => plan).join('\n'));
  const layout = detectLayout(lines);
  const kept = counted<Line>(dropPageNumbers(lines, layout));
  const blocks = counted<Block>(reflow(kept.items, layout));
  buildTree(blocks.items, '衡阳市国民经济和社会发展第十三个五年规划纲要', 'plan.txt');
  return kept.reads() + blocks.reads();
}

describe('conversion scales linearly', () => {
  it('a source four times as long costs at most 4.4 times the array reads', () => {
    const one = cost(2);
    const four = cost(8);
    expect(four / one).toBeLessThan(4.4);
  });
});
