import { describe, expect, it } from 'vitest';
import { shortContext } from '../../src/index/sentences.ts';

describe('short context around a word', () => {
  it('keeps a short sentence whole', () => {
    const text = '经济运行质量稳步提升。建成怀邵衡铁路，实施湘桂铁路电气化改造；推进安张衡铁路前期工作。';
    const at = text.indexOf('怀邵衡铁路');
    expect(shortContext(text, at, at + 5)).toBe('建成怀邵衡铁路，实施湘桂铁路电气化改造；');
  });

  it('shortens a long sentence around the word', () => {
    const long = `${'甲'.repeat(60)}南岳机场${'乙'.repeat(60)}。`;
    const at = long.indexOf('南岳机场');
    const context = shortContext(long, at, at + 4, 20);
    expect(context).toContain('南岳机场');
    expect(context.startsWith('…') && context.endsWith('…')).toBe(true);
    expect(context.length).toBeLessThanOrEqual(22);
  });

  it('gives the same context wherever the sentence around a long one starts and ends', () => {
    const sides: [left: number, right: number][] = [
      [10, 10],
      [30, 5],
      [200, 200],
      [5, 300],
    ];
    for (const [left, right] of sides) {
      const text = `前文。${'甲'.repeat(left)}南岳机场${'乙'.repeat(right)}。后文`;
      const at = text.indexOf('南岳机场');
      const sentence = text.slice(3, text.lastIndexOf('。') + 1);
      const whole = sentence.length <= 48 ? sentence : undefined;
      const context = shortContext(text, at, at + 4);
      if (whole) expect(context).toBe(whole);
      else {
        expect(context).toContain('南岳机场');
        expect(context.replace(/…/g, '').length).toBe(48);
        expect(context.startsWith('…')).toBe(left > 22);
        expect(context.endsWith('…')).toBe(right + 1 > 22);
      }
    }
  });
});
