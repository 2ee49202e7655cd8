/**
 * The reading (src/zh/reading.ts) that matching, quotes and search use: a
 * Traditional text read as Simplified character by character, invisible format
 * characters left out, every range mapped back to the text as written.
 */
import { describe, expect, it } from 'vitest';
import { pairConverter, readingOf } from '../../src/zh/reading.ts';
import { detectScript, readingFor, simplifiedCharacters, toSimplified } from '../../src/core/script.ts';
import { indexText, queryText } from '../../src/search-index/tokens.ts';

describe('reading', () => {
  it('leaves out a zero-width space and maps a range back around it', () => {
    const written = '建成怀邵\u200b衡铁路。';
    const r = readingOf(written);
    expect(r.text).toBe('建成怀邵衡铁路。');
    const at = r.text.indexOf('怀邵衡铁路');
    const [s, e] = r.span(at, at + 5);
    expect(written.slice(s, e)).toBe('怀邵\u200b衡铁路');
  });

  it('reads a Traditional text as Simplified, character for character', () => {
    const written = '建成懷邵衡鐵路衡陽段，深化「放管服」改革。';
    expect(detectScript(written)).toBe('zh-Hant');
    const r = readingFor(written, 'zh-Hant');
    expect(r.text).toBe('建成怀邵衡铁路衡阳段，深化「放管服」改革。');
    expect([...r.text]).toHaveLength([...written].length);
    const at = r.text.indexOf('衡阳段');
    expect(written.slice(...r.span(at, at + 3))).toBe('衡陽段');
  });

  it('keeps a Simplified text as it is (显著 stays 显著)', () => {
    expect(detectScript('经济运行质量显著提升，著力补齐短板。')).toBe('zh-CN');
    expect(readingFor('经济运行质量显著提升，著力补齐短板。', 'zh-CN').text).toBe('经济运行质量显著提升，著力补齐短板。');
  });

  it('keeps a character whose conversion would change the length', () => {
    const r = readingOf('ab', (s) => (s === 'ab' ? 'abc' : s === 'a' ? 'xy' : 'B'));
    expect(r.text).toBe('aB');
  });
});

describe('search on the reading', () => {
  it('a Traditional paragraph is indexed under the tokens of its Simplified reading', () => {
    expect(indexText(readingFor('建成懷邵衡鐵路', 'zh-Hant').text)).toBe(indexText('建成怀邵衡铁路'));
  });

  it('a query typed in Traditional, or with a zero-width space, asks for the Simplified tokens', () => {
    const pairs = simplifiedCharacters('显著提升');
    const read = (q: string) => readingOf(q, pairConverter(pairs)).text;
    expect(queryText([read('懷邵衡鐵路')])).toBe(queryText(['怀邵衡铁路']));
    expect(queryText([read('怀邵\u200b衡铁路')])).toBe(queryText(['怀邵衡铁路']));
    // A character the Simplified texts use stays as typed.
    expect([...pairs].filter((_, i) => i % 2 === 0)).not.toContain('著');
    expect(toSimplified('懷')).toBe('怀');
  });
});

describe('the reading of extracted and scraped text', () => {
  it('leaves out pinyin glosses, so a name and a figure read whole, and maps back to the text as written', () => {
    const written = '規(guī)模工業(yè)增加值增長8.5%。';
    const r = readingFor(written, 'zh-Hant');
    expect(r.text).toBe('规模工业增加值增长8.5%。');
    const at = r.text.indexOf('规模工业增加值');
    expect(written.slice(...r.span(at, at + 7))).toBe('規(guī)模工業(yè)增加值');
  });

  it('leaves out spaces a PDF extraction put inside Chinese words', () => {
    const written = '规模工业 增加 值增长7.5%';
    const r = readingFor(written, 'zh-CN');
    expect(r.text).toBe('规模工业增加值增长7.5%');
    expect(written.slice(...r.span(0, 7))).toBe('规模工业 增加 值');
  });

  it('keeps a typed query as typed, and a Latin word or a bracket without tone marks', () => {
    expect(readingOf('规模 工业').text).toBe('规模 工业');
    expect(readingFor('人均 GDP(万元)', 'zh-CN').text).toBe('人均 GDP(万元)');
    expect(readingFor('专栏(一)', 'zh-CN').text).toBe('专栏(一)');
  });
});
