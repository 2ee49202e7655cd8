import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/conversion/reflow.ts';
import { normalizeLine } from '../../src/conversion/whitespace.ts';

describe('whitespace rules', () => {
  it.each([
    ['2020 年', '2020年'],
    ['（2016-2020 年）', '（2016-2020年）'],
    ['专 栏 8：重点交通', '专栏8：重点交通'],
    ['政 府 工 作 报 告', '政府工作报告'],
    ['人均 GDP 超过 8500 美元', '人均GDP超过8500美元'],
    ['比重超过 5 %，', '比重超过5%，'],
    ['“考”中取胜： 疫情防控', '“考”中取胜：疫情防控'],
    ['第二章 坚持创新发展 加快转换发展动力', '第二章 坚持创新发展 加快转换发展动力'],
    ['石鼓区人民政府区长  刘  浪', '石鼓区人民政府区长 刘浪'],
    ['  Made   in China  ', 'Made in China'],
    ['\u3000\u3000全角缩进', '全角缩进'],
  ])('%s -> %s', (input, output) => {
    expect(normalizeLine(input)).toBe(output);
  });

  it('drops spaces between Chinese words in prose but keeps them in heading-like lines', () => {
    expect(splitLines('到 2020 年 实现目标，建成全面小康社会。\n第一章 全面建成小康社会').map((l) => l.text)).toEqual([
      '到2020年实现目标，建成全面小康社会。',
      '第一章 全面建成小康社会',
    ]);
  });
});
