/** The title's romanisation in the English (APA) citation: pinyin word by word, a Chinese numeral read as one whole number. */
import { describe, expect, it } from 'vitest';
import { romanised } from '../../src/citation/romanise.ts';

describe('romanised', () => {
  it.each([
    ['第十五届', 'Di shiwu jie'],
    ['第五次会议', 'Di wu ci huiyi'],
    ['第十三个五年规划', 'Di shisan ge wunian guihua'],
    ['第一百二十三条', 'Di yibaiershisan tiao'],
    ['三百六十五天', 'Sanbailiushiwu tian'],
    ['二〇一九年', 'Erlingyijiu nian'],
    ['两千万元', 'Liangqianwan yuan'],
    ['十三五', 'Shisanwu'],
  ])('%s → %s: a numeral is one word, apart from 第 and the measure word after it', (text, expected) => {
    expect(romanised(text)).toBe(expected);
  });

  it.each([
    ['2019年', '2019 nian'],
    ['增长8.5%', 'Zengzhang 8.5%'],
  ])('%s → %s: Arabic figures stay as written', (text, expected) => {
    expect(romanised(text)).toBe(expected);
  });

  it.each([
    ['统一大市场', 'Tongyi da shichang'],
    ['十分重要', 'Shifen zhongyao'],
    ['千万不要', 'Qianwan buyao'],
  ])('%s → %s: a numeral character inside an ordinary word stays in that word', (text, expected) => {
    expect(romanised(text)).toBe(expected);
  });

  it.each([
    [
      '政府工作报告：2019年1月8日在衡阳市第十五届人民代表大会第五次会议上',
      'Zhengfu gongzuo baogao: 2019 nian 1 yue 8 ri zai hengyang shi di shiwu jie renmin daibiao dahui di wu ci huiyi shang',
    ],
    ['衡阳市国民经济和社会发展第十三个五年规划纲要', 'Hengyang shi guomin jingji he shehui fazhan di shisan ge wunian guihua gangyao'],
    ['“十三五”规划', '"Shisanwu" guihua'],
    ['《政府工作报告》（摘要）', 'Zhengfu gongzuo baogao (zhaiyao)'],
  ])('a whole title: %s', (text, expected) => {
    expect(romanised(text)).toBe(expected);
  });

  it.each([
    ['2012年湖南省衡阳市政府工作报告', '2012 nian Hunan sheng Hengyang shi zhengfu gongzuo baogao'],
    ['在衡阳市石鼓区第四届人民代表大会', 'Zai Hengyang shi Shigu qu di si jie renmin daibiao dahui'],
    ['展现衡阳新业绩', 'Zhanxian Hengyang xin yeji'],
    ['衡阳县和衡南县', 'Hengyang xian he Hengnan xian'],
  ])('a proper name is capitalised, its generic a word of its own: %s', (text, expected) => {
    expect(romanised(text, ['衡阳市', '衡阳县', '衡南县', '石鼓区', '石鼓', '湖南省'])).toBe(expected);
  });
});
