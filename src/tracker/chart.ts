/**
 * Geometry of a target's small chart, computed at build time so no chart
 * library reaches the browser: the figures that count toward the status as a
 * line over the years, the goal as a dashed line, and the site's projection
 * (the baseline-to-latest yearly change carried to the target year) as a
 * dotted segment from the latest figure. The y axis starts at zero so
 * distances between figures are not exaggerated, and a share in % that never
 * passes 100 ends at 100. The drawing is 400 units wide so its 14-unit text
 * stays at least 12 px on a 390 px phone; the drawing scales as a whole, so
 * labels placed apart here stay apart at every width. Each label takes the
 * first of its places (above, below, beside) that meets no label placed
 * before it, no point and no edge.
 */

/** Where a label's text is set: its anchor point and alignment, as SVG's x, y and text-anchor. */
export interface LabelAt {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The room a label takes, on the safe side: the 14-unit font is drawn larger on a narrow phone
 * (Chromium at 360 px sets "100%" 49 units wide and 22 above its baseline, at 1280 px 36 and 16),
 * so a Han character counts 20 units, any other 12.5, and the box reaches 23 above the baseline.
 */
function textWidth(text: string): number {
  return [...text].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(c) ? 20 : 12.5), 0);
}

export function labelBox(text: string, at: LabelAt): Box {
  const w = textWidth(text);
  const left = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2;
  return { left, right: left + w, top: at.y - 23, bottom: at.y + 6 };
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** The first candidate that meets no obstacle and stays inside `area`, else the one that meets least. */
function place(text: string, candidates: LabelAt[], obstacles: Box[], area: Box): LabelAt {
  const cost = (at: LabelAt) => {
    const box = labelBox(text, at);
    const outside = box.left < area.left || box.right > area.right || box.top < area.top || box.bottom > area.bottom ? 1e6 : 0;
    return outside + obstacles.reduce((sum, o) => sum + overlap(box, o), 0);
  };
  return candidates.find((c) => cost(c) === 0) ?? candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
}

/** Places around a point: above, below, then to either side, each clear of the point's own mark. */
const around = (x: number, y: number): LabelAt[] => [
  { x, y: y - 12, anchor: 'middle' },
  { x, y: y + 30, anchor: 'middle' },
  { x: x - 6, y: y - 12, anchor: 'end' },
  { x: x + 6, y: y - 12, anchor: 'start' },
  { x: x - 9, y: y + 8, anchor: 'end' },
  { x: x + 9, y: y + 8, anchor: 'start' },
  { x: x - 6, y: y + 30, anchor: 'end' },
  { x: x + 6, y: y + 30, anchor: 'start' },
];

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
  points: (ChartPoint & { x: number; y: number; at: LabelAt })[];
  /** SVG path through the points in year order. */
  line: string;
  goal: { x: number; y: number; label: string; at: LabelAt };
  /** The site's projected path, from the latest figure to the target year. */
  projection?: { path: string; x: number; y: number; label: string; at: LabelAt };
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

/** `percent`: the figures are shares in %, so an axis for figures up to 100 ends at 100. */
export function chartModel(
  points: ChartPoint[],
  goal: { year: number; value: number; label: string },
  projection?: ChartProjection,
  percent = false,
): ChartModel {
  const width = 400;
  const height = 240;
  const plot = { left: 52, right: width - 28, top: 24, bottom: height - 32 };
  const years = [...points.map((p) => p.year), goal.year];
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const highest = Math.max(...points.map((p) => p.value), goal.value, projection?.value ?? 0);
  const capped = percent && highest <= 100 && highest * 1.1 > 100;
  const step = capped ? 25 : niceStep(highest * 1.1 || 1);
  const top = capped ? 100 : Math.ceil((highest * 1.1) / step) * step || step;
  const x = (year: number) =>
    round(to === from ? (plot.left + plot.right) / 2 : plot.left + ((year - from) / (to - from)) * (plot.right - plot.left));
  const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
  const dots = [...points].sort((a, b) => a.year - b.year).map((p) => ({ ...p, x: x(p.year), y: y(p.value) }));
  const marks = [...dots, ...(projection ? [{ x: x(projection.year), y: y(projection.value) }] : [])].map((d): Box => ({
    left: d.x - 5,
    right: d.x + 5,
    top: d.y - 5,
    bottom: d.y + 5,
  }));
  // Labels stay right of the value axis and above the year labels, and off the lines.
  const area: Box = { left: plot.left - 4, right: width, top: 0, bottom: plot.bottom + 6 };
  const goalY = y(goal.value);
  const lineThrough = (from: { x: number; y: number }, to: { x: number; y: number }): Box[] => {
    const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 4));
    return Array.from({ length: steps + 1 }, (_, i) => {
      const [px, py] = [from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps];
      return { left: px - 1.5, right: px + 1.5, top: py - 1.5, bottom: py + 1.5 };
    });
  };
  const lines = [
    ...dots.slice(1).flatMap((d, i) => lineThrough(dots[i]!, d)),
    ...(projection
      ? lineThrough({ x: x(projection.from.year), y: y(projection.from.value) }, { x: x(projection.year), y: y(projection.value) })
      : []),
    { left: plot.left, right: plot.right, top: goalY - 1.5, bottom: goalY + 1.5 },
  ];
  const taken = [...marks, ...lines];
  const settle = (text: string, candidates: LabelAt[]) => {
    const at = place(text, candidates, taken, area);
    taken.push(labelBox(text, at));
    return at;
  };
  // The figures' own labels first; the goal's label then takes a free place along its line.
  const placed = dots.map((p) => ({ ...p, at: settle(p.label, around(p.x, p.y)) }));
  const projectionAt = projection && settle(projection.label, around(x(projection.year), y(projection.value)));
  const goalText = `目标 ${goal.label}`;
  const middle = (plot.left + plot.right) / 2;
  const goalAt = settle(
    goalText,
    [goalY - 8, goalY + 25].flatMap((gy): LabelAt[] => [
      { x: plot.right, y: gy, anchor: 'end' },
      { x: plot.left + 4, y: gy, anchor: 'start' },
      { x: middle, y: gy, anchor: 'middle' },
    ]),
  );
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
    goal: { x: x(goal.year), y: goalY, label: goalText, at: goalAt },
    ...(projection
      ? {
          projection: {
            path: `M${x(projection.from.year)} ${y(projection.from.value)} L${x(projection.year)} ${y(projection.value)}`,
            x: x(projection.year),
            y: y(projection.value),
            label: projection.label,
            at: projectionAt!,
          },
        }
      : {}),
    plot,
  };
}
