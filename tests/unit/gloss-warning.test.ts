/**
 * A scraped copy's pinyin glosses (`會(huì)`) get one build warning naming the lines that hold them, not one warning a
 * line (a glossed copy holds them on most of its lines); `inspect` still lists each line.
 */
import { describe, expect, it } from 'vitest';
import { convertSource } from '../../src/conversion/convert-source.ts';
import { inspectSource } from '../../src/conversion/inspect.ts';
import { documentSchema } from '../../src/data/documents-schema.ts';
import { documentRecord } from '../helpers/document-record.ts';

const meta = documentSchema.parse(
  documentRecord({ title: '示例縣政府工作報告', display_title: '转换规则示例', description: '转换规则的示例文本。' }),
);
const text = [
  '示例縣政府工作報告',
  '',
  '各位代表：',
  '大會(huì)開幕，縣長作報(bào)告。',
  '全縣經濟穩中有進。',
  '完成投資(zī)五億元，增長(zhǎng)百分之六。',
].join('\n');

describe('pinyin glosses', () => {
  it('get one build warning that names every line holding them', () => {
    const converted = convertSource(new TextEncoder().encode(text), meta, 'input.txt');
    const glosses = converted.warnings.filter((w) => w.message.includes('pinyin gloss'));
    expect(glosses).toHaveLength(1);
    expect(glosses[0]!.line).toBe(4);
    expect(glosses[0]!.message).toContain('4 pinyin glosses');
    expect(glosses[0]!.message).toContain('on 2 line(s): 4, 6;');
  });

  it('are still listed line by line by inspect', () => {
    const lines = inspectSource(new TextEncoder().encode(text), 'input.txt', '示例縣政府工作報告')
      .suspicious.filter((s) => s.what.includes('pinyin gloss'))
      .map((s) => s.line);
    expect(lines).toEqual([4, 6]);
  });
});
