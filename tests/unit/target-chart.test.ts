/** The chart's geometry: years left to right, values bottom to top from zero, the goal at its year. */
import { describe, expect, it } from 'vitest';
import { chartModel } from '../../src/tracker/chart.ts';

describe('chartModel', () => {
  const model = chartModel(
    [
      { year: 2018, value: 48.2, label: '48.2%', kind: 'observation' },
      { year: 2015, value: 45, label: '45%', kind: 'baseline' },
    ],
    { year: 2020, value: 50, label: '超过50%' },
  );

  it('spans the years from the earliest figure to the goal year, one tick a year', () => {
    expect(model.xTicks.map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    expect(model.xTicks[0]!.x).toBe(model.plot.left);
    expect(model.goal.x).toBe(model.plot.right);
  });

  it('draws the line through the figures in year order, from a zero-based axis', () => {
    expect(model.points.map((p) => p.year)).toEqual([2015, 2018]);
    expect(model.line).toMatch(/^M\S+ \S+ L\S+ \S+$/);
    expect(model.yTicks[0]).toEqual({ y: model.plot.bottom, label: '0' });
    expect(Number(model.yTicks.at(-1)!.label)).toBeGreaterThanOrEqual(50);
    expect(model.points[1]!.y).toBeLessThan(model.points[0]!.y);
    expect(model.goal.y).toBeLessThan(model.points[1]!.y);
  });

  it('centres a single year', () => {
    const one = chartModel([{ year: 2020, value: 90, label: '90%', kind: 'observation' }], { year: 2020, value: 90, label: '90%' });
    expect(one.points[0]!.x).toBe((one.plot.left + one.plot.right) / 2);
  });
});
