import { describe, expect, it } from 'vitest';
import { sentenceAround, shortContext } from '../../src/index/sentences.ts';

const text = '经济运行质量稳步提升。建成怀邵衡铁路，实施湘桂铁路电气化改造；推进安张衡铁路前期工作。';

describe('sentences around a word', () => {
  it('cuts the sentence holding the word, with the word’s position in it', () => {
    const at = text.indexOf('怀邵衡铁路');
    expect(sentenceAround(text, at, at + 5)).toEqual({ sentence: '建成怀邵衡铁路，实施湘桂铁路电气化改造；', start: 2, end: 7 });
    expect(sentenceAround(text, 0, 2).sentence).toBe('经济运行质量稳步提升。');
    expect(sentenceAround(text, text.length - 3, text.length).sentence).toBe('推进安张衡铁路前期工作。');
  });

  it('shortens a long sentence around the word', () => {
    const long = `${'甲'.repeat(60)}南岳机场${'乙'.repeat(60)}。`;
    const at = long.indexOf('南岳机场');
    const context = shortContext(long, at, at + 4, 20);
    expect(context).toContain('南岳机场');
    expect(context.startsWith('…') && context.endsWith('…')).toBe(true);
    expect(context.length).toBeLessThanOrEqual(22);
  });
});
