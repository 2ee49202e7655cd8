import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/conversion/reflow.ts';
import { displayWidth, normalizeLine } from '../../src/conversion/whitespace.ts';

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
    ['改造G 107、S 337泉溪大桥', '改造G107、S337泉溪大桥'],
    ['创建4 A级景区', '创建4A级景区'],
    ['新增3 - 5家企业', '新增3-5家企业'],
    ['（2016 – 2020年）', '（2016–2020年）'],
    ['建成110 kV变电站', '建成110kV变电站'],
    ['增长8.5% (预计数，下同)', '增长8.5%(预计数，下同)'],
    ['推广 Made in China 品牌', '推广Made in China品牌'],
    ['使用 Windows 10 系统', '使用Windows 10系统'],
    ['Route 66 and G 107', 'Route 66 and G 107'],
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

describe('display width', () => {
  it('counts Chinese, full-width and ambiguous marks as one em, digits and Latin as half, format and combining marks as nothing', () => {
    expect(displayWidth('衡阳市2020年')).toBe(4 + 2);
    expect(displayWidth('“放管服”——（全文）')).toBe(11);
    expect(displayWidth('G107, 5G')).toBe(4);
    expect(displayWidth('怀邵\u200b衡\u0301')).toBe(3);
  });

  it('measures characters outside the Basic Multilingual Plane whole, and a lone surrogate as one character', () => {
    expect(displayWidth('𠀀𪚥a')).toBe(2.5);
    expect(displayWidth('\ud840a')).toBe(displayWidth('\ud840') + 0.5);
  });
});
