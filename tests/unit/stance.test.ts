import { describe, expect, it } from 'vitest';
import { classifySection, stanceBadge } from '../../src/index/stance.ts';

const report = { kind: '政府工作报告' as const, reviews: { from: 2018, to: 2018 }, plans: { from: 2019, to: 2019 } };
const term = { kind: '政府工作报告' as const, reviews: { from: 2008, to: 2012 }, plans: { from: 2013, to: 2017 } };
const plan = { kind: '五年规划纲要' as const, reviews: { from: 2011, to: 2015 }, plans: { from: 2016, to: 2020 } };
const news = { kind: '报告解读' as const, reviews: { from: 2020, to: 2020 } };

describe('section stance and period', () => {
  it('a work report reviews in its first part and plans after it', () => {
    expect(classifySection(report, ['一、2018年工作回顾', '(一)坚持补短板强弱项'], 0)).toEqual({
      stance: 'review',
      period: { from: 2018, to: 2018 },
    });
    expect(classifySection(report, ['二、2019年工作安排'], 1)).toEqual({ stance: 'plan', period: { from: 2019, to: 2019 } });
    expect(classifySection(report, ['三、锻造最强执行力政府'], 2).stance).toBe('plan');
  });

  it('a heading naming one year narrows the period', () => {
    expect(classifySection(term, ['三、科学谋划今后五年的工作', '（八）坚持稳中求进，做好2013年的工作。'], 2)).toEqual({
      stance: 'plan',
      period: { from: 2013, to: 2013 },
    });
    expect(classifySection(term, ['二、贯彻落实十八大精神'], 1)).toEqual({ stance: 'plan', period: { from: 2013, to: 2017 } });
  });

  it('a plan outline reviews only in its foundations section', () => {
    expect(classifySection(plan, ['第一章 全面建成小康社会', '第一节 现实基础和发展环境', '1、“十二五”发展取得重大成就'], 0)).toEqual({
      stance: 'review',
      period: { from: 2011, to: 2015 },
    });
    expect(classifySection(plan, ['第五章 坚持基础先行', '第一节 构建综合交通枢纽'], 4)).toEqual({
      stance: 'plan',
      period: { from: 2016, to: 2020 },
    });
  });

  it('a write-up reviews; openings and appendices are neither', () => {
    expect(classifySection(news, ['“美”中提升'], 3).stance).toBe('review');
    expect(classifySection(report, [], 0).stance).toBe('other');
    expect(classifySection(report, ['《政府工作报告》相关名词解释'], 3).stance).toBe('other');
    // The conversion finds appendices in either script; the stance reads them the same way.
    expect(classifySection(report, ['《政府工作報告》相關名詞解釋'], 3).stance).toBe('other');
    expect(classifySection(report, ['附錄：重點項目'], 3).stance).toBe('other');
  });

  it('badges: 目标 for plans, 进展 for an interim year, 成果 for a completed period', () => {
    expect(stanceBadge({ stance: 'plan', period: { from: 2016, to: 2020 } })).toBe('目标');
    expect(stanceBadge({ stance: 'review', period: { from: 2018, to: 2018 } })).toBe('进展');
    expect(stanceBadge({ stance: 'review', period: { from: 2020, to: 2020 } })).toBe('成果');
    expect(stanceBadge({ stance: 'review', period: { from: 2011, to: 2015 } })).toBe('成果');
  });
});
