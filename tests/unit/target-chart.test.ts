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

  it('sets a label at either end of the axis inward, one in between centred', () => {
    expect(model.points.map((p) => p.anchor)).toEqual(['start', 'middle']);
    const ends = chartModel(
      [
        { year: 2020, value: 5, label: '5', kind: 'observation' },
        { year: 2015, value: 4, label: '4', kind: 'baseline' },
      ],
      { year: 2020, value: 6, label: '6' },
    );
    expect(ends.points.map((p) => p.anchor)).toEqual(['start', 'end']);
  });

  it('centres a single year', () => {
    const one = chartModel([{ year: 2020, value: 90, label: '90%', kind: 'observation' }], { year: 2020, value: 90, label: '90%' });
    expect(one.points[0]!.x).toBe((one.plot.left + one.plot.right) / 2);
  });

  it("draws the site's projection from the latest figure to the target year, inside the axis", () => {
    const projected = chartModel(
      [
        { year: 2015, value: 46.3, label: '46.3%', kind: 'baseline' },
        { year: 2018, value: 48.2, label: '48.2%', kind: 'observation' },
      ],
      { year: 2020, value: 50, label: '超过50%' },
      { from: { year: 2018, value: 48.2 }, year: 2020, value: 49.47, label: '本站推算 49.47%' },
    );
    const p = projected.projection!;
    expect(p.path).toBe(`M${projected.points[1]!.x} ${projected.points[1]!.y} L${projected.plot.right} ${p.y}`);
    expect(p.x).toBe(projected.goal.x);
    expect(p.y).toBeGreaterThan(projected.goal.y);
    expect(p.y).toBeLessThan(projected.points[1]!.y);
    expect(p.label).toBe('本站推算 49.47%');
    expect(model.projection).toBeUndefined();
  });

  it('keeps every year label inside the drawing and thins them over a long span', () => {
    const long = chartModel([{ year: 2008, value: 10, label: '10', kind: 'baseline' }], { year: 2020, value: 20, label: '20' });
    expect(long.xTicks.map((t) => t.label)).toEqual(['2008', '2010', '2012', '2014', '2016', '2018', '2020']);
    // A four-digit year is about 32 units wide at 14 units of text.
    expect(long.xTicks.every((t) => t.x - 16 >= 0 && t.x + 16 <= long.width)).toBe(true);
  });
});
