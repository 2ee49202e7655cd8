/**
 * Geometry of a target's small chart, computed at build time so no chart
 * library reaches the browser: the figures that count toward the status as a
 * line over the years, the goal as a dashed line, and the site's projection
 * (the baseline-to-latest yearly change carried to the target year) as a
 * dotted segment from the latest figure. The y axis starts at zero so
 * distances between figures are not exaggerated. The drawing is 400 units
 * wide so its 14-unit text stays at least 12 px on a 390 px phone.
 */
export interface ChartPoint {
  year: number;
  value: number;
  label: string;
  kind: 'baseline' | 'observation';
}

export interface ChartModel {
  width: number;
  height: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** `anchor`: a label at either end of the axis is set inward so it clears the axis labels and the edge. */
  points: (ChartPoint & { x: number; y: number; anchor: 'start' | 'middle' | 'end' })[];
  /** SVG path through the points in year order. */
  line: string;
  goal: { x: number; y: number; label: string };
  /** The site's projected path, from the latest figure to the target year. */
  projection?: { path: string; x: number; y: number; label: string };
  plot: { left: number; right: number; top: number; bottom: number };
}

export interface ChartProjection {
  from: { year: number; value: number };
  year: number;
  value: number;
  label: string;
}

/** A round step giving about four gridlines. */
function niceStep(max: number): number {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function chartModel(
  points: ChartPoint[],
  goal: { year: number; value: number; label: string },
  projection?: ChartProjection,
): ChartModel {
  const width = 400;
  const height = 240;
  const plot = { left: 52, right: width - 28, top: 24, bottom: height - 32 };
  const years = [...points.map((p) => p.year), goal.year];
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const highest = Math.max(...points.map((p) => p.value), goal.value, projection?.value ?? 0);
  const step = niceStep(highest * 1.1 || 1);
  const top = Math.ceil((highest * 1.1) / step) * step || step;
  const x = (year: number) =>
    round(to === from ? (plot.left + plot.right) / 2 : plot.left + ((year - from) / (to - from)) * (plot.right - plot.left));
  const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
  const anchor = (px: number): 'start' | 'middle' | 'end' => (px <= plot.left + 24 ? 'start' : px >= plot.right - 24 ? 'end' : 'middle');
  const placed = [...points].sort((a, b) => a.year - b.year).map((p) => ({ ...p, x: x(p.year), y: y(p.value), anchor: anchor(x(p.year)) }));
  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({ y: y(i * step), label: String(round(i * step)) }));
  // One tick a year while they fit; every other year over a long span.
  const every = to - from > 6 ? 2 : 1;
  const xTicks = Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((year) => (year - from) % every === 0 || year === to)
    .map((year) => ({ x: x(year), label: String(year) }));
  return {
    width,
    height,
    xTicks,
    yTicks,
    points: placed,
    line: placed.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
    goal: { x: x(goal.year), y: y(goal.value), label: goal.label },
    ...(projection
      ? {
          projection: {
            path: `M${x(projection.from.year)} ${y(projection.from.value)} L${x(projection.year)} ${y(projection.value)}`,
            x: x(projection.year),
            y: y(projection.value),
            label: projection.label,
          },
        }
      : {}),
    plot,
  };
}
