/** The build's check of stored figures against their quotes: sign, unit, and one meaning per quote. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/data/entity-schema.ts';
import type { Observation, Target } from '../../src/data/target-schema.ts';
import { checkFigures } from '../../src/tracker/check-figures.ts';
import { assessTarget, shownFigure } from '../../src/tracker/status.ts';
import { povertyDeadline, target } from '../helpers/target.ts';

const obs = (over: Partial<Observation>): Observation => ({
  value: 0,
  year: 2018,
  doc: 'report',
  place: 'city',
  metric: 'level',
  quote: 'q',
  ...over,
});
const check =
  (...targets: Target[]) =>
  () =>
    checkFigures({ targets, lineOf: () => 7 }, [unemployment]);
const unemployment = { id: 'registered-unemployment', name: '城镇登记失业率', aliases: ['登记失业率'], kind: '指标' } as Entity;
const growth = (observations: Observation[]) =>
  target({
    id: 'gdp-growth',
    name: '地区生产总值增长率',
    indicator: 'gdp',
    metric: 'growth',
    comparator: '≈',
    value: 8.5,
    plan: { doc: 'plan', quote: '地区生产总值增长8.5%左右' },
    observations,
  });

describe('checkFigures', () => {
  it('reads a fall as negative: 下降3.2% is −3.2, and then a growth target is not met', () => {
    const fall = { quote: '地区生产总值下降3.2%', metric: 'growth' as const };
    expect(check(growth([obs({ ...fall, value: 3.2 })]))).toThrow(
      'x.yaml:7: target "gdp-growth", field "observations.0.value": 3.2 is written as a fall in "地区生产总值下降3.2%": the value is -3.2',
    );
    const honest = growth([obs({ ...fall, value: -3.2 })]);
    expect(check(honest)).not.toThrow();
    expect(assessTarget({ ...honest, year: 2018 }, { reviewedThrough: 2018 }).status).toBe('未达成');
    for (const quote of ['地区生产总值减少3.2%', '地区生产总值负增长3.2%'])
      expect(check(growth([obs({ quote, metric: 'growth', value: -3.2 })]))).not.toThrow();
  });

  it('reads the size of a fall the target itself names, and a level after 降到 as it is written', () => {
    const energy = target({
      name: '单位地区生产总值综合能源消耗累计降低',
      unit: '%',
      value: 17,
      plan: { doc: 'plan', quote: '累计降低17%' },
    });
    expect(check(energy)).not.toThrow();
    expect(check(target({ observations: [obs({ value: 0.99, quote: '全市贫困发生率降到0.99%' })] }))).not.toThrow();
  });

  it('refuses a figure shown in the target’s unit when its quote writes another (0.99% on a target counted in 年)', () => {
    const poverty = (o: Partial<Observation>) =>
      povertyDeadline([obs({ value: 0.99, indicator: '贫困发生率', quote: '全市贫困发生率降到0.99%', ...o })]);
    expect(check(poverty({}))).toThrow('"全市贫困发生率降到0.99%" writes 降到0.99%, not in 年: give its "unit"');
    expect(check(poverty({ unit: '%' }))).not.toThrow();
  });

  it('names one quote recorded as two different things on two targets', () => {
    const quote = '全市县以上城镇污水处理率、农村卫生厕所普及率分别达97.77%、90.01%';
    const counted = target({
      id: 'sewage',
      name: '城镇污水集中处理率',
      indicator: 'sewage-rate',
      value: 90,
      observations: [obs({ value: 97.77, quote })],
    });
    const other = target({
      id: 'city-sewage',
      name: '城市污水处理率',
      indicator: 'sewage-rate',
      value: 90,
      observations: [obs({ value: 97.77, quote, indicator: '县以上城镇污水处理率' })],
    });
    counted.plan = { doc: 'plan', quote: '城镇污水集中处理率达到90%' };
    other.plan = { doc: 'plan', quote: '城市污水处理率达90％' };
    expect(check(counted, other)).toThrow(
      'is recorded as 县以上城镇污水处理率 here and as sewage-rate for target "sewage" (x.yaml:7): one quote means one thing',
    );
    const agreed = { ...counted, observations: [obs({ value: 97.77, quote, indicator: '县以上城镇污水处理率' })] };
    expect(check(agreed, other)).not.toThrow();
  });

  it('takes an indicator named by its words and the same indicator named by its id as one meaning', () => {
    const quote = '城镇登记失业率控制在3.5%左右';
    const own = target({
      id: 'registered',
      name: '城镇登记失业率',
      indicator: 'registered-unemployment',
      value: 4.5,
      observations: [obs({ value: 3.5, quote, comparator: '≈' })],
    });
    const surveyed = target({
      id: 'surveyed',
      name: '城镇调查失业率',
      value: 5.5,
      observations: [obs({ value: 3.5, quote, comparator: '≈', indicator: '登记失业率' })],
    });
    own.plan = { doc: 'plan', quote: '城镇登记失业率控制在4.5%以内' };
    surveyed.plan = { doc: 'plan', quote: '城镇调查失业率控制在5.5%以内' };
    expect(check(own, surveyed)).not.toThrow();
    const elsewhere = { ...surveyed, observations: [obs({ value: 3.5, quote, comparator: '≈', indicator: '城镇调查失业率' })] };
    expect(check(own, elsewhere)).toThrow('one quote means one thing');
  });

  it('keeps the bound a quote writes: 突破3500亿元 is recorded as "> 3500" and shown as 超过3500亿元, never as 为3500亿元', () => {
    const quote = '地区生产总值突破3500亿元';
    const gdp = (o: Partial<Observation>, goal = 3000) =>
      target({
        name: '地区生产总值',
        unit: '亿元',
        comparator: '>=',
        value: goal,
        year: 2018,
        plan: { doc: 'plan', quote: `地区生产总值达到${goal}亿元` },
        observations: [obs({ value: 3500, quote, ...o })],
      });
    expect(check(gdp({}))).toThrow(
      'field "observations.0.value": "地区生产总值突破3500亿元" bounds 3500 as ">": give its comparator ">", so the page shows it as written',
    );
    expect(check(gdp({ comparator: '>=' }))).toThrow('give its comparator ">"');
    expect(check(gdp({ comparator: '>' }))).not.toThrow();
    // 达 names the point reached: no bound to record.
    expect(check(gdp({ quote: '地区生产总值达3500亿元', comparator: '>' }))).toThrow('it does not bound it: remove its comparator ">"');
    expect(check(gdp({ quote: '地区生产总值达3500亿元' }))).not.toThrow();

    expect(shownFigure({ value: 3500, comparator: '>' }, '亿元')).toBe('超过3500亿元');
    const met = assessTarget(gdp({ comparator: '>' }), { reviewedThrough: 2018 });
    expect(met.status).toBe('已达成');
    expect(met.reason).toBe('2018年超过3500亿元，达到目标（2018年3000亿元以上）');
    // More than 3500 cannot tell whether 4000 was reached: the page says so rather than 未达成.
    const open = assessTarget(gdp({ comparator: '>' }, 4000), { reviewedThrough: 2018 });
    expect(open.status).toBe('未见期末数据');
    expect(open.reason).toBe('2018年超过3500亿元，来源只给出界限，不足以判定是否达到目标（2018年4000亿元以上）');
    expect(assessTarget(gdp({}, 4000), { reviewedThrough: 2018 }).reason).toBe('2018年为3500亿元，未达到目标（2018年4000亿元以上）');
  });
});
