/** The chart's geometry: years left to right, values bottom to top from zero, the goal at its year. */
import { describe, expect, it } from 'vitest';
import { chartModel, labelBox } from '../../src/tracker/chart.ts';

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

  it('places every label apart from the others, the points and the edges, also where the figures sit on the goal', () => {
    const cases = [
      chartModel(
        [
          { year: 2015, value: 46.3, label: '46.3%', kind: 'baseline' },
          { year: 2018, value: 48.2, label: '48.2%', kind: 'observation' },
        ],
        { year: 2020, value: 50, label: '超过50%' },
        { from: { year: 2018, value: 48.2 }, year: 2020, value: 49.47, label: '本站推算 49.47%' },
        true,
      ),
      chartModel(
        [
          { year: 2015, value: 85.6, label: '85.6%', kind: 'baseline' },
          { year: 2020, value: 97.77, label: '97.77%', kind: 'observation' },
        ],
        { year: 2020, value: 90, label: '90%以上' },
        undefined,
        true,
      ),
      chartModel(
        [
          { year: 2015, value: 68, label: '68%', kind: 'baseline' },
          { year: 2018, value: 70, label: '70%', kind: 'observation' },
        ],
        { year: 2020, value: 70, label: '70%以上' },
        undefined,
        true,
      ),
    ];
    for (const m of cases) {
      const labels = [
        labelBox(m.goal.label, m.goal.at),
        ...m.points.map((p) => labelBox(p.label, p.at)),
        ...(m.projection ? [labelBox(m.projection.label, m.projection.at)] : []),
      ];
      const hit = (a: (typeof labels)[number], b: (typeof labels)[number]) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(hit(a, b), JSON.stringify([a, b])).toBe(false)));
      for (const box of labels) expect(box.left >= 0 && box.right <= m.width && box.top >= 0).toBe(true);
    }
  });

  it('ends the axis of a share in % at 100 when no figure passes it', () => {
    const sewage = chartModel(
      [{ year: 2020, value: 97.77, label: '97.77%', kind: 'observation' }],
      { year: 2020, value: 90, label: '90%以上' },
      undefined,
      true,
    );
    expect(sewage.yTicks.at(-1)!.label).toBe('100');
    const count = chartModel([{ year: 2020, value: 97.77, label: '97.77', kind: 'observation' }], { year: 2020, value: 90, label: '90' });
    expect(Number(count.yTicks.at(-1)!.label)).toBeGreaterThan(100);
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
