/** Table tests: the status and the one-line reason a reader sees for a target, one case per rule. */
import { describe, expect, it } from 'vitest';
import type { Observation, Target } from '../../src/data/target-schema.ts';
import { assessTarget, formatGoal, reviewedThrough } from '../../src/tracker/status.ts';
import { povertyDeadline, target } from '../helpers/target.ts';

const obs = (over: Partial<Observation>): Observation => ({
  value: 0,
  year: 2020,
  doc: 'news',
  place: 'city',
  metric: 'level',
  quote: 'q',
  ...over,
});
/** The documents review up to 2018: a 2020 target is still running. */
const places = { city: '衡阳市', shigu: '石鼓区' };
const running = { reviewedThrough: 2018, places };
/** A document reviews 2020: the deadline has passed in the corpus. */
const passed = { reviewedThrough: 2020, places };
const baseline = { value: 46.3, year: 2015, doc: 'plan', quote: '森林覆盖率提高到46.3%' };

const cases: [string, Target, { reviewedThrough: number }, string, string][] = [
  ['no later figure', target({}), running, '无后续数据', '本站收录的后续文件未报告这一指标'],
  ['no later figure, deadline passed', target({}), passed, '无后续数据', '本站收录的后续文件未报告这一指标'],
  [
    'before the deadline: distance and the yearly change needed',
    target({ observations: [obs({ value: 48.2, year: 2018 })] }),
    running,
    '进展中',
    '最新数据：2018年为48.2%，距目标还差1.8个百分点，此后平均每年须提高0.9个百分点；目标：2020年超过50%',
  ],
  [
    'before the deadline, already past the goal',
    target({ observations: [obs({ value: 51, year: 2018 })] }),
    running,
    '进展中',
    '最新数据：2018年为51%，已达到目标值；目标：2020年超过50%',
  ],
  [
    'before the deadline, a goal to come down to',
    target({ name: '单位GDP能耗', unit: '吨', comparator: '<=', value: 0.6, observations: [obs({ value: 0.7, year: 2018 })] }),
    running,
    '进展中',
    '最新数据：2018年为0.7吨，距目标还差0.1吨，此后平均每年须降低0.05吨；目标：2020年0.6吨以内',
  ],
  [
    'before the deadline, a growth rate gets a distance but no pace',
    target({
      name: '地区生产总值增长率',
      metric: 'growth',
      comparator: '≈',
      value: 9,
      observations: [obs({ value: 7, year: 2018, metric: 'growth' })],
    }),
    running,
    '进展中',
    '最新数据：2018年为7%，距目标还差2个百分点；目标：2020年增长9%左右',
  ],
  [
    'deadline passed, no end-of-period figure',
    target({ observations: [obs({ value: 48.2, year: 2018 })] }),
    passed,
    '未见期末数据',
    '目标年份已过，收录文件未报告2020年数据；最新数据：2018年为48.2%，距目标还差1.8个百分点；目标：2020年超过50%',
  ],
  [
    'deadline passed, a ratio: the latest figure without a distance',
    target({
      unit: '比例',
      value: '11:45:44',
      comparator: '=',
      metric: 'ratio',
      observations: [obs({ value: '10.8:34.1:55.1', year: 2018, metric: 'ratio' })],
    }),
    passed,
    '未见期末数据',
    '目标年份已过，收录文件未报告2020年数据；最新数据：2018年为10.8∶34.1∶55.1；目标：2020年11∶45∶44',
  ],
  [
    'the target year, met',
    target({ observations: [obs({ value: 48, year: 2018 }), obs({ value: 50.5 })] }),
    passed,
    '已达成',
    '2020年为50.5%，达到目标（2020年超过50%）',
  ],
  ['the target year, missed', target({ observations: [obs({ value: 50 })] }), passed, '未达成', '2020年为50%，未达到目标（2020年超过50%）'],
  [
    'a district figure',
    target({ observations: [obs({ value: 83.5, place: 'shigu' })] }),
    passed,
    '口径不同',
    '后续数据为石鼓区数据，目标针对衡阳市，无法判定是否达成',
  ],
  [
    'another unit',
    target({
      unit: '万套',
      metric: 'count',
      comparator: '=',
      value: 4.7,
      observations: [obs({ value: 12429, unit: '套', metric: 'count' })],
    }),
    passed,
    '口径不同',
    '后续数据以“套”计，目标以“万套”计，无法判定是否达成',
  ],
  [
    'one year growth against an average',
    target({
      name: '居民人均可支配收入年均增长率',
      metric: 'average-growth',
      comparator: '>=',
      value: 9,
      observations: [obs({ value: 6, metric: 'growth' })],
    }),
    passed,
    '口径不同',
    '后续数据为当年增速，目标为年均增速，无法判定是否达成',
  ],
  [
    'one year against a five-year total',
    target({
      name: '改造农村危房',
      unit: '户',
      metric: 'cumulative',
      comparator: '=',
      value: 30000,
      observations: [obs({ value: 4939, metric: 'count' })],
    }),
    passed,
    '口径不同',
    '后续数据为数量，目标为累计值，无法判定是否达成',
  ],
  [
    'another definition',
    target({
      name: '城镇调查失业率',
      comparator: '<=',
      value: 6,
      observations: [obs({ value: 3.5, year: 2018, indicator: '城镇登记失业率' })],
    }),
    running,
    '口径不同',
    '后续数据为“城镇登记失业率”，与目标“城镇调查失业率”口径不同，无法判定是否达成',
  ],
  [
    '左右 within 5%',
    target({ comparator: '≈', value: 9, metric: 'growth', observations: [obs({ value: 8.6, metric: 'growth' })] }),
    passed,
    '已达成',
    '2020年为8.6%，达到目标（2020年增长9%左右）',
  ],
  [
    '左右 beyond 5%',
    target({ comparator: '≈', value: 9, metric: 'growth', observations: [obs({ value: 8.5, metric: 'growth' })] }),
    passed,
    '未达成',
    '2020年为8.5%，未达到目标（2020年增长9%左右）',
  ],
  [
    '以内',
    target({ comparator: '<=', value: 6, observations: [obs({ value: 5.2 })] }),
    passed,
    '已达成',
    '2020年为5.2%，达到目标（2020年6%以内）',
  ],
  [
    'a plain figure is met when reached',
    target({ comparator: '=', unit: '家', value: 100, metric: 'count', observations: [obs({ value: 160, metric: 'count' })] }),
    passed,
    '已达成',
    '2020年为160家，达到目标（2020年100家）',
  ],
  [
    'a ratio within one point per share',
    target({
      comparator: '=',
      unit: '比例',
      value: '11:45:44',
      metric: 'ratio',
      observations: [obs({ value: '10.8:45.5:43.7', metric: 'ratio' })],
    }),
    passed,
    '已达成',
    '2020年为10.8∶45.5∶43.7，达到目标（2020年11∶45∶44）',
  ],
  [
    'a ratio off by more',
    target({
      comparator: '=',
      unit: '比例',
      value: '11:45:44',
      metric: 'ratio',
      observations: [obs({ value: '10.8:34.1:55.1', metric: 'ratio' })],
    }),
    passed,
    '未达成',
    '2020年为10.8∶34.1∶55.1，未达到目标（2020年11∶45∶44）',
  ],
  [
    'a deadline kept',
    target({
      comparator: 'by',
      unit: '年',
      value: 2018,
      year: 2018,
      metric: 'deadline',
      observations: [obs({ value: 2018, year: 2018, metric: 'deadline' })],
    }),
    passed,
    '已达成',
    '2018年完成，达到目标（2018年前完成）',
  ],
];

describe('assessTarget', () => {
  it.each(cases)('%s', (_, t, context, status, reason) => {
    expect(assessTarget(t, context)).toMatchObject({ status, reason });
  });

  it('decides on the latest comparable figure, not on a later one of another scope', () => {
    const t = target({ observations: [obs({ value: 51 }), obs({ value: 40, year: 2021, place: 'shigu' })] });
    expect(assessTarget(t, passed).status).toBe('已达成');
  });

  it("projects the baseline-to-latest yearly change to the target year, as the site's arithmetic", () => {
    const t = target({ baseline, observations: [obs({ value: 48.2, year: 2018 })] });
    const a = assessTarget(t, passed);
    expect(a.projection).toMatchObject({ from: { year: 2015, value: 46.3 }, to: { year: 2018, value: 48.2 }, meetsGoal: false });
    expect(a.projection!.perYear).toBeCloseTo(0.633, 3);
    expect(a.projection!.atTarget).toBeCloseTo(49.47, 2);
    expect(a.projection!.text).toBe('按2015—2018年平均每年提高0.63个百分点推算，2020年约为49.47%，达不到目标');
  });

  it('projects a pace that reaches the goal as reaching it, and a coming-down goal downwards', () => {
    const up = assessTarget(target({ baseline, observations: [obs({ value: 49, year: 2018 })] }), running);
    expect(up.projection).toMatchObject({ meetsGoal: true });
    expect(up.projection!.text).toMatch(/可达到目标$/);
    const down = assessTarget(
      target({ comparator: '<=', value: 6, baseline: { ...baseline, value: 9 }, observations: [obs({ value: 7, year: 2018 })] }),
      running,
    );
    expect(down.projection!.text).toBe('按2015—2018年平均每年降低0.67个百分点推算，2020年约为5.67%，可达到目标');
  });

  it('projects nothing for a growth rate, without a baseline, or once the target year has a figure', () => {
    expect(
      assessTarget(target({ metric: 'growth', baseline, observations: [obs({ value: 7, year: 2018, metric: 'growth' })] }), running)
        .projection,
    ).toBeUndefined();
    expect(assessTarget(target({ observations: [obs({ value: 48.2, year: 2018 })] }), running).projection).toBeUndefined();
    expect(assessTarget(target({ baseline, observations: [obs({ value: 50.5 })] }), passed).projection).toBeUndefined();
  });

  it('writes goals as the plan does', () => {
    expect(formatGoal(target({ comparator: '>=', unit: '亿元', value: 4000 }))).toBe('4000亿元以上');
    expect(formatGoal(target({ metric: 'average-growth', comparator: '≈', value: 9 }))).toBe('年均增长9%左右');
  });

  it('takes the corpus to have passed a year when any document reviews it', () => {
    expect(reviewedThrough([{ reviews: { to: 2018 } }, { reviews: { to: 2020 } }, { reviews: { to: 2015 } }])).toBe(2020);
  });
});

describe('a deadline missed', () => {
  it('is 未达成, with the quote, when a later document still plans what the target should have finished', () => {
    const poverty = povertyDeadline([
      obs({ value: 0.99, year: 2018, unit: '%', indicator: '贫困发生率' }),
      obs({ value: 3.96, year: 2019, unit: '万人', metric: 'count', still_planned: true, quote: '力争3.96万贫困人口脱贫' }),
    ]);
    expect(assessTarget(poverty, passed)).toMatchObject({
      status: '未达成',
      reason: '期限已过，2019年仍部署“力争3.96万贫困人口脱贫”，目标未在期限内完成（2018年前完成）',
    });
  });
});
