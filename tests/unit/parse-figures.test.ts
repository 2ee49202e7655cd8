/** Table tests: the figures a reader sees in a clause, with unit and comparator. */
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../src/tracker/parse-figures.ts';

const cases: [string, { value: number | string; unit?: string; comparator?: string }[]][] = [
  [
    '2020年总量达到4000亿元',
    [
      { value: 2020, unit: '年' },
      { value: 4000, unit: '亿元', comparator: '>=' },
    ],
  ],
  ['地区生产总值年均增长9%左右', [{ value: 9, unit: '%', comparator: '≈' }]],
  ['固定资产投资增长12%以上', [{ value: 12, unit: '%', comparator: '>=' }]],
  ['城镇调查失业率控制在6%以内', [{ value: 6, unit: '%', comparator: '<=' }]],
  ['科技对经济增长的贡献率提升到60%', [{ value: 60, unit: '%', comparator: '>=' }]],
  ['每县市规划建设1座或以上垃圾焚烧发电厂', [{ value: 1, unit: '座', comparator: '>=' }]],
  ['森林覆盖率超过50%', [{ value: 50, unit: '%', comparator: '>' }]],
  ['全市接待国内外游客突破8000万人次', [{ value: 8000, unit: '万人次', comparator: '>' }]],
  ['完成32.5万人技能培训', [{ value: 32.5, unit: '万人' }]],
  ['每千人口执业（助理）医师数达到2.5名', [{ value: 2.5, unit: '名', comparator: '>=' }]],
  ['每千名老年人拥有养老床位35张', [{ value: 35, unit: '张' }]],
  ['劳动年龄人口平均受教育年限10.7年', [{ value: 10.7, unit: '年' }]],
  ['新建高速公路120公里', [{ value: 120, unit: '公里' }]],
  ['2020年三次产业结构调整为11∶45∶44', [{ value: 2020, unit: '年' }, { value: '11:45:44' }]],
  ['三次产业结构优化为10.8：34.1：55.1', [{ value: '10.8:34.1:55.1' }]],
  ['三次产业结构优化为1.3:17.4:81.3', [{ value: '1.3:17.4:81.3' }]],
  [
    '分别年均增长16%、12%、15%',
    [
      { value: 16, unit: '%' },
      { value: 12, unit: '%' },
      { value: 15, unit: '%' },
    ],
  ],
  ['人均GDP超过8500美元', [{ value: 8500, unit: '美元', comparator: '>' }]],
  ['新增300多家企业', [{ value: 300, unit: '家', comparator: '>' }]],
  ['建成20余个项目', [{ value: 20, unit: '个', comparator: '>' }]],
  ['人口自然增长率控制在7‰以下', [{ value: 7, unit: '‰', comparator: '<=' }]],
  ['粮食综合产能提高到350万吨', [{ value: 350, unit: '万吨', comparator: '>=' }]],
  ['三次产业结构调整为11∶45∶44左右', [{ value: '11:45:44', comparator: '≈' }]],
  ['不低于4000亿', [{ value: 4000, unit: '亿', comparator: '>=' }]],
  ['孕产妇死亡率分别降至5％', [{ value: 5, unit: '%', comparator: '<=' }]],
  ['完成1.2万亿左右计划投资', [{ value: 1.2, unit: '万亿', comparator: '≈' }]],
  ['人口年均自然增长率控制在7.5％', [{ value: 7.5, unit: '%', comparator: '<=' }]],
  ['开通5G基站', [{ value: 5 }]],
  ['集装箱吞吐量达到5万标箱', [{ value: 5, unit: '万标箱', comparator: '>=' }]],
  ['全社会用电量120亿千瓦时', [{ value: 120, unit: '亿千瓦时' }]],
  ['送戏下乡1010场', [{ value: 1010, unit: '场' }]],
  ['新建农村公路两千吨级码头', [{ value: 2000, unit: '吨' }]],
  ['新增就业一百二十万人', [{ value: 120, unit: '万人' }]],
  ['改造两万户', [{ value: 2, unit: '万户' }]],
  ['完成投资三亿五千万元', [{ value: 350_000_000, unit: '元' }]],
  ['到二〇二〇年', [{ value: 2020, unit: '年' }]],
  [
    '建成１２个园区，增长７．５％',
    [
      { value: 12, unit: '个' },
      { value: 7.5, unit: '%' },
    ],
  ],
  ['三次产业结构调整为１１∶４５∶４４', [{ value: '11:45:44' }]],
  ['推进“十三五”规划，实施一批项目，建设一带一路', []],
  // A day of a month dates a figure; it is not one.
  ['2019年1月8日', [{ value: 2019, unit: '年' }, { value: 1 }, { value: 8 }]],
  ['12345热线', [{ value: 12345 }]],
];

describe('parseFigures', () => {
  it.each(cases)('%s', (clause, expected) => {
    const got = parseFigures(clause).map(({ value, unit, comparator }) => ({
      value,
      ...(unit ? { unit } : {}),
      ...(comparator ? { comparator } : {}),
    }));
    expect(got).toEqual(expected);
  });

  it('gives each figure’s place in the clause as written, full-width digits and numerals included', () => {
    const clause = '到二〇二〇年，新增就业一百二十万人，建成１２个园区';
    for (const f of parseFigures(clause)) expect(clause.slice(f.start, f.end)).toBe(f.text);
    expect(parseFigures(clause).map((f) => f.text)).toEqual(['二〇二〇年', '一百二十万人', '１２个']);
  });

  it('keeps the written text of each figure', () => {
    expect(parseFigures('粮食综合产能提高到350万吨').map((f) => f.text)).toEqual(['提高到350万吨']);
  });
});
