/** Table tests: the sentence and the clause around a stretch of text. */
import { describe, expect, it } from 'vitest';
import { clauseAround, sentenceAround, sentencesOf, sentencesWithMarks } from '../../../src/zh/sentences.ts';

const text = '经济运行质量稳步提升。建成怀邵衡铁路，实施湘桂铁路电气化改造；推进安张衡铁路前期工作！';
const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

describe('sentenceAround', () => {
  it.each([
    ['怀邵衡铁路', '建成怀邵衡铁路，实施湘桂铁路电气化改造；', 2],
    ['经济', '经济运行质量稳步提升。', 0],
    ['前期工作', '推进安张衡铁路前期工作！', 7],
    // A stretch that ends with the end mark ends the sentence there.
    ['稳步提升。', '经济运行质量稳步提升。', 6],
  ])('%s is in %s', (word, sentence, start) => {
    const [s, e] = at(word);
    const got = sentenceAround(text, s, e);
    expect(got).toEqual({ sentence, from: text.indexOf(sentence), start, end: start + word.length });
    expect(got.sentence.slice(got.start, got.end)).toBe(word);
  });

  it('runs to the text’s end where no mark closes the sentence', () => {
    expect(sentenceAround('建设衡阳综合保税区', 2, 4).sentence).toBe('建设衡阳综合保税区');
  });
});

describe('clauseAround', () => {
  it.each([
    ['怀邵衡铁路', '建成怀邵衡铁路'],
    ['湘桂铁路', '实施湘桂铁路电气化改造'],
    ['运行', '经济运行质量稳步提升'],
  ])('%s is in the clause %s, without its marks', (word, clause) => {
    const [s, e] = at(word);
    const got = clauseAround(text, s, e);
    expect(got.clause).toBe(clause);
    expect(text.slice(got.from, got.to)).toBe(clause);
  });
});

describe('sentencesOf', () => {
  it('cuts at every sentence end and drops the marks', () => {
    expect(sentencesOf(text)).toEqual(['经济运行质量稳步提升', '建成怀邵衡铁路，实施湘桂铁路电气化改造', '推进安张衡铁路前期工作', '']);
  });
});

describe('sentencesWithMarks', () => {
  it.each([
    [text, ['经济运行质量稳步提升。', '建成怀邵衡铁路，实施湘桂铁路电气化改造；', '推进安张衡铁路前期工作！']],
    ['要坚持稳中求进。确保完成任务', ['要坚持稳中求进。', '确保完成任务']],
    ['真的吗？！是的。', ['真的吗？！', '是的。']],
    ['', []],
  ])('%s joins back from its sentences', (input, sentences) => {
    expect(sentencesWithMarks(input)).toEqual(sentences);
    expect(sentencesWithMarks(input).join('')).toBe(input);
  });
});
