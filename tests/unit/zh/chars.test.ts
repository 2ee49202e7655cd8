/** Table tests: the character classes every stage of the site shares. */
import { describe, expect, it } from 'vitest';
import { CJK, CLAUSE_END, SENTENCE_END, extractorSpace, hasHan, isClosingMark, isHan, isOpeningMark } from '../../../src/zh/chars.ts';

describe('Han characters', () => {
  it.each([
    ['衡', true],
    ['陽', true],
    ['〇', true],
    ['㐀', true],
    ['𠀀', true],
    ['，', false],
    ['A', false],
    ['１', false],
    ['ぁ', false],
  ])('%s is Han: %s', (ch, han) => expect(isHan(ch)).toBe(han));

  it('finds Han in a text', () => {
    expect(hasHan('GDP增长8%')).toBe(true);
    expect(hasHan('GDP 8%')).toBe(false);
  });
});

describe('sentence and clause ends', () => {
  it.each([
    ['。', true, true],
    ['！', true, true],
    ['？', true, true],
    ['；', true, true],
    ['，', false, true],
    ['：', false, true],
    ['、', false, false],
    ['.', false, false],
  ])('%s ends a sentence: %s, a clause: %s', (ch, sentence, clause) => {
    expect(SENTENCE_END.test(ch)).toBe(sentence);
    expect(CLAUSE_END.test(ch)).toBe(clause);
  });
});

describe('closing and opening marks', () => {
  it.each(['，', '。', '、', '；', '：', '！', '？', '”', '’', '）', '》', '」', '』', '】', ')', ',', '.', '…', '%'])(
    '%s may not start a line',
    (ch) => {
      expect(isClosingMark(ch)).toBe(true);
      expect(isOpeningMark(ch)).toBe(false);
    },
  );
  it.each(['“', '‘', '（', '《', '「', '『', '【', '('])('%s may not end a line', (ch) => {
    expect(isOpeningMark(ch)).toBe(true);
    expect(isClosingMark(ch)).toBe(false);
  });
  it.each(['衡', '1', '—'])('%s is neither', (ch) => {
    expect(isClosingMark(ch)).toBe(false);
    expect(isOpeningMark(ch)).toBe(false);
  });
});

describe('CJK for whitespace rules', () => {
  const cjk = new RegExp(`^[${CJK}]$`, 'u');
  it.each([
    ['衡', true],
    ['〇', true],
    ['あ', true],
    ['豈', true],
    ['𠀀', true],
    ['A', false],
    ['1', false],
  ])('%s sets solid: %s', (ch, solid) => expect(cjk.test(ch)).toBe(solid));
});

describe("a space between Chinese characters is an extractor's", () => {
  it.each([
    ['规模工业 增加 值增长', '规模工业增加值增长', '规模工业增加值增长'],
    ['全年 GDP 增长', '全年 GDP 增长', '全年 GDP 增长'],
    ['增长 8% 左右', '增长 8% 左右', '增长 8% 左右'],
    ['完成， 提前 “两年”', '完成， 提前 “两年”', '完成，提前“两年”'],
    ['任务 、 目标 ）', '任务、目标 ）', '任务、目标）'],
    ['两  个', '两  个', '两  个'],
  ])('%s: without marks %s, with marks %s', (text, plain, withMarks) => {
    expect(text.replace(extractorSpace(), '')).toBe(plain);
    expect(text.replace(extractorSpace({ marks: true }), '')).toBe(withMarks);
  });
});
