/** Table tests: the status and the one-line reason a reader sees for a target. */
import { describe, expect, it } from 'vitest';
import type { Observation, Target } from '../../src/data/target-schema.ts';
import { assessTarget, formatGoal } from '../../src/tracker/status.ts';

const target = (over: Partial<Target>): Target => ({
  id: 't', area: '生态', indicator: '森林覆盖率', unit: '%', metric: 'level', comparator: '>', value: 50, year: 2020, scope: '全市',
  plan: { doc: 'plan', quote: '森林覆盖率超过50%' }, observations: [], see_also: [], file: 'x.yaml', ...over,
});
const obs = (over: Partial<Observation>): Observation => ({ value: 0, year: 2020, doc: 'news', scope: '全市', metric: 'level', quote: 'q', ...over });

const cases: [string, Target, string, string][] = [
  ['no later figure', target({}), '无后续数据', '本站收录的后续文件未报告这一指标'],
  ['an earlier year only', target({ observations: [obs({ value: 48.2, year: 2018 })] }), '进展中', '最新数据：2018年为48.2%；目标：2020年超过50%'],
  ['an earlier year already past the goal', target({ observations: [obs({ value: 51, year: 2018 })] }), '进展中', '最新数据：2018年为51%，已达到目标值；目标：2020年超过50%'],
  ['the target year, met', target({ observations: [obs({ value: 48, year: 2018 }), obs({ value: 50.5 })] }), '已达成', '2020年为50.5%，达到目标（2020年超过50%）'],
  ['the target year, missed', target({ observations: [obs({ value: 50 })] }), '未达成', '2020年为50%，未达到目标（2020年超过50%）'],
  ['a district figure', target({ observations: [obs({ value: 83.5, scope: '石鼓区' })] }), '口径不同', '后续数据为石鼓区数据，目标针对全市，无法判定是否达成'],
  ['one year growth against an average',
    target({ indicator: '居民人均可支配收入年均增长率', metric: 'average-growth', comparator: '>=', value: 9, observations: [obs({ value: 6, metric: 'growth' })] }),
    '口径不同', '后续数据为当年增速，目标为年均增速，无法判定是否达成'],
  ['another definition',
    target({ indicator: '城镇调查失业率', comparator: '<=', value: 6, observations: [obs({ value: 3.5, year: 2018, indicator: '城镇登记失业率' })] }),
    '口径不同', '后续数据为“城镇登记失业率”，与目标“城镇调查失业率”口径不同，无法判定是否达成'],
  ['左右 within 5%', target({ comparator: '≈', value: 9, metric: 'growth', observations: [obs({ value: 8.6, metric: 'growth' })] }), '已达成', '2020年为8.6%，达到目标（2020年增长9%左右）'],
  ['左右 beyond 5%', target({ comparator: '≈', value: 9, metric: 'growth', observations: [obs({ value: 8.5, metric: 'growth' })] }), '未达成', '2020年为8.5%，未达到目标（2020年增长9%左右）'],
  ['以内', target({ comparator: '<=', value: 6, observations: [obs({ value: 5.2 })] }), '已达成', '2020年为5.2%，达到目标（2020年6%以内）'],
  ['a plain figure is met when reached', target({ comparator: '=', unit: '家', value: 100, metric: 'count', observations: [obs({ value: 160, metric: 'count' })] }), '已达成', '2020年为160家，达到目标（2020年100家）'],
  ['a ratio within one point per share', target({ comparator: '=', unit: '比例', value: '11:45:44', metric: 'ratio', observations: [obs({ value: '10.8:45.5:43.7', metric: 'ratio' })] }), '已达成', '2020年为10.8∶45.5∶43.7，达到目标（2020年11∶45∶44）'],
  ['a ratio off by more', target({ comparator: '=', unit: '比例', value: '11:45:44', metric: 'ratio', observations: [obs({ value: '10.8:34.1:55.1', metric: 'ratio' })] }), '未达成', '2020年为10.8∶34.1∶55.1，未达到目标（2020年11∶45∶44）'],
  ['a deadline kept', target({ comparator: 'by', unit: '年', value: 2018, year: 2018, metric: 'deadline', observations: [obs({ value: 2018, year: 2018, metric: 'deadline' })] }), '已达成', '2018年完成，达到目标（2018年前完成）'],
];

describe('assessTarget', () => {
  it.each(cases)('%s', (_, t, status, reason) => {
    expect(assessTarget(t)).toMatchObject({ status, reason });
  });

  it('decides on the latest comparable figure, not on a later one of another scope', () => {
    const t = target({ observations: [obs({ value: 51 }), obs({ value: 40, year: 2021, scope: '石鼓区' })] });
    expect(assessTarget(t).status).toBe('已达成');
  });

  it('writes goals as the plan does', () => {
    expect(formatGoal(target({ comparator: '>=', unit: '亿元', value: 4000 }))).toBe('4000亿元以上');
    expect(formatGoal(target({ metric: 'average-growth', comparator: '≈', value: 9 }))).toBe('年均增长9%左右');
  });
});
