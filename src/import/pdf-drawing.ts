/**
 * What a PDF page draws besides its text, read from pdf.js's operator list:
 * its straight lines (rules), as a table's ruling draws them, and its shaded
 * rectangles. Producers draw a rule either as a stroked line or as a thin
 * filled rectangle (Chromium fills a rectangle one pixel wide for each cell
 * border); both become a rule, in points from the page's top-left corner, the
 * coordinates the text items are read in. Curves, clipping paths and anything
 * painted white are left out: they draw no visible ruling.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A straight line: horizontal (`h`, at a height `at`, from x `from` to `to`) or vertical (`v`, at an x, from top to bottom). */
export interface Rule {
  axis: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

/** A filled rectangle that is not a rule (a shaded cell or row); `y0` is its top. */
export interface Shade {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Drawing {
  rules: Rule[];
  shades: Shade[];
}

type Matrix = [number, number, number, number, number, number];

/** A filled rectangle at most this thick (points) is a rule: borders are drawn up to about 2 pt. */
const RULE_THICKNESS = 2.5;
/** How far (points) a segment may lean and still be horizontal or vertical. */
const STRAIGHT = 0.5;
/** pdf.js's path codes inside a constructPath operator (`DrawOPS`, not exported). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
const FILL_STROKES = new Set<number>([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** `m` applied first, then `ctm` (the PDF's `cm` operator). */
const concat = (m: Matrix, ctm: Matrix): Matrix => [
  m[0] * ctm[0] + m[1] * ctm[2],
  m[0] * ctm[1] + m[1] * ctm[3],
  m[2] * ctm[0] + m[3] * ctm[2],
  m[2] * ctm[1] + m[3] * ctm[3],
  m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
  m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
];

/** A colour painted on a white page that shows nothing: white or nearly so. */
const invisible = (hex: string | undefined) =>
  hex !== undefined && /^#[0-9a-f]{6}$/i.test(hex) && [1, 3, 5].every((i) => parseInt(hex.slice(i, i + 2), 16) >= 0xf0);

/** The page's rules and shaded rectangles; `height` turns the PDF's upward y into a distance from the top. */
export function pageDrawing(operators: { fnArray: number[]; argsArray: unknown[] }, height: number): Drawing {
  const rules: Rule[] = [];
  const shades: Shade[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fill: string | undefined;
  let stroke: string | undefined;
  const stack: { ctm: Matrix; fill: string | undefined; stroke: string | undefined }[] = [];
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], height - (ctm[1] * x + ctm[3] * y + ctm[5])];
  const segment = ([ax, ay]: [number, number], [bx, by]: [number, number]) => {
    if (Math.abs(ay - by) <= STRAIGHT && Math.abs(ax - bx) > STRAIGHT)
      rules.push({ axis: 'h', at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) <= STRAIGHT && Math.abs(ay - by) > STRAIGHT)
      rules.push({ axis: 'v', at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  /** A filled closed path: a thin rectangle is a rule, a larger one a shade; any other shape draws no ruling. */
  const filled = (points: [number, number][]) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const rectangular = points.every(
      ([x, y]) => [x0, x1].some((e) => Math.abs(x - e) <= STRAIGHT) && [y0, y1].some((e) => Math.abs(y - e) <= STRAIGHT),
    );
    if (!rectangular) return;
    if (y1 - y0 <= RULE_THICKNESS && x1 - x0 > y1 - y0) rules.push({ axis: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (x1 - x0 <= RULE_THICKNESS && y1 - y0 > x1 - x0) rules.push({ axis: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
    else shades.push({ x0, x1, y0, y1 });
  };
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, fill, stroke });
    else if (fn === OPS.restore) ({ ctm, fill, stroke } = stack.pop() ?? { ctm, fill, stroke });
    else if (fn === OPS.transform) ctm = concat(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, fill, stroke });
      if (Array.isArray(args[0])) ctm = concat(args[0] as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, fill, stroke } = stack.pop() ?? { ctm, fill, stroke });
    else if (fn === OPS.setFillRGBColor) fill = args[0] as string;
    else if (fn === OPS.setStrokeRGBColor) stroke = args[0] as string;
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const strokes = (STROKES.has(paint) || FILL_STROKES.has(paint)) && !invisible(stroke);
      const fills = (FILLS.has(paint) || FILL_STROKES.has(paint)) && !invisible(fill);
      if (!strokes && !fills) return;
      for (const path of subpaths((args[1] as ArrayLike<number>[])[0] ?? [])) {
        const points = path.points.map(([x, y]) => point(x, y));
        if (strokes && !path.curved) {
          points.slice(1).forEach((p, k) => segment(points[k]!, p));
          if (path.closed && points.length > 2) segment(points.at(-1)!, points[0]!);
        }
        if (fills && !path.curved && points.length > 2) filled(points);
      }
    }
  });
  return { rules, shades };
}

/** The subpaths of pdf.js's path buffer: their points, whether one is closed, whether it holds a curve. */
function subpaths(buffer: ArrayLike<number>): { points: [number, number][]; closed: boolean; curved: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
  let i = 0;
  while (i < buffer.length) {
    const code = buffer[i]!;
    if (code === MOVE_TO) {
      out.push({ points: [[buffer[i + 1]!, buffer[i + 2]!]], closed: false, curved: false });
      i += 3;
    } else if (code === LINE_TO) {
      out.at(-1)?.points.push([buffer[i + 1]!, buffer[i + 2]!]);
      i += 3;
    } else if (code === CURVE_TO || code === QUADRATIC_CURVE_TO) {
      const n = code === CURVE_TO ? 6 : 4;
      const last = out.at(-1);
      if (last) {
        last.curved = true;
        last.points.push([buffer[i + n - 1]!, buffer[i + n]!]);
      }
      i += n + 1;
    } else if (code === CLOSE_PATH) {
      const last = out.at(-1);
      if (last) last.closed = true;
      i += 1;
    } else break;
  }
  return out;
}
