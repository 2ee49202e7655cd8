/**
 * A target's status, computed from its data and never typed by hand, with the
 * one line of reasoning the tracker shows. The rules:
 *
 * - A later figure counts only if it measures the same thing: same place and
 *   qualifier (衡阳市 vs 石鼓区, 市城区), same metric (one year's growth is not an average over the plan
 *   period, one year's count not a five-year total), same unit (the site does
 *   not convert 套 to 万套), and no differing `indicator` on the observation.
 * - The latest comparable figure for the target year or after decides 已达成 /
 *   未达成.
 * - Otherwise, with a comparable figure for an earlier year: 进展中 while the
 *   documents do not yet review the target year, with the distance to the goal
 *   and the yearly change still needed; 未见期末数据 once a document reviews
 *   the target year (or later) and none reports the end-of-period figure, with
 *   the latest figure, its year and the distance.
 * - A later document that still plans, after the target year, what the target
 *   should have finished (`still_planned`): 未达成, with that quote.
 * - Only figures of another scope or definition: 口径不同. None: 无后续数据.
 * - Where the baseline and a later comparable level exist, the site projects
 *   the yearly change between them to the target year (本站推算), never
 *   presented as a source's figure.
 *
 * Comparators: ">" 超过, ">=" 达到/以上, "<=" 以内/降至, "≈" 左右 (within 5%
 * of the figure), "=" a plain figure, met when reached; a ratio of shares is met
 * when every share is within one percentage point; "by" is a deadline year.
 * A later figure the source only bounds (突破1600亿元: more than 1600) is shown
 * with its bound, and decides only when the bound does: more than 1600 meets
 * "1500以上" and cannot tell "2300以上"; such a figure for the target year is
 * 未见期末数据 with that said.
 */
import type { Comparator, Figure, Metric, Observation, Target } from '../data/target-schema.ts';
import { type PlaceNames, type PlaceRef, sameScope, scopeLabel } from '../data/place-schema.ts';

export const STATUSES = ['已达成', '未达成', '进展中', '未见期末数据', '口径不同', '无后续数据'] as const;
export type Status = (typeof STATUSES)[number];

/** What the corpus covers: the latest year any document reviews. */
export interface TrackerContext {
  reviewedThrough: number;
  /** Place ids to names, for the reasons a reader sees. */
  places?: PlaceNames;
}

/** The site's arithmetic from the baseline and the latest comparable figure: the yearly change and where it leads. */
export interface Projection {
  from: { year: number; value: number };
  to: { year: number; value: number };
  perYear: number;
  /** The value the yearly change reaches in the target year. */
  atTarget: number;
  meetsGoal: boolean;
  /** "按2015—2018年平均每年提高0.63个百分点推算，2020年约为49.5%，仍达不到目标". */
  text: string;
}

export interface Assessment {
  status: Status;
  /** One line a reader can check against the linked figures. */
  reason: string;
  /** The observation the status rests on, if any. */
  deciding?: Observation;
  /** "还差1.8个百分点"; for 进展中 and 未见期末数据 on a quantity. */
  distance?: string;
  /** "此后平均每年须提高0.9个百分点"; for 进展中 on a level or count. */
  paceNeeded?: string;
  projection?: Projection;
}

export const METRIC_LABEL: Record<Metric, string> = {
  level: '水平值',
  growth: '当年增速',
  'average-growth': '年均增速',
  count: '数量',
  cumulative: '累计值',
  ratio: '比例',
  deadline: '完成时间',
};

export function formatFigure(value: Figure, unit: string): string {
  if (typeof value === 'string') return value.replaceAll(':', '∶');
  return ['比例', '系数', '指数'].includes(unit) ? String(value) : `${value}${unit}`;
}

/** The target as a phrase: "超过50%", "9%左右", "2018年前完成". */
export function formatGoal(t: Pick<Target, 'comparator' | 'value' | 'unit' | 'year' | 'metric'>): string {
  const prefix = t.metric === 'average-growth' ? '年均增长' : t.metric === 'growth' ? '增长' : '';
  const figure = prefix + formatFigure(t.value, t.unit);
  switch (t.comparator) {
    case '>':
      return `超过${figure}`;
    case '>=':
      return `${figure}以上`;
    case '<':
      return `低于${figure}`;
    case '<=':
      return `${figure}以内`;
    case '≈':
      return `${figure}左右`;
    case 'by':
      return `${t.year}年前完成`;
    default:
      return figure;
  }
}

/** The goal with its year: "2020年超过50%"; a deadline already names its year. */
export function datedGoal(t: Pick<Target, 'comparator' | 'value' | 'unit' | 'year' | 'metric'>): string {
  return t.comparator === 'by' ? formatGoal(t) : `${t.year}年${formatGoal(t)}`;
}

/** Why a later figure cannot be compared with the target, or undefined if it can. */
export function incomparability(t: Target, o: Observation, places?: PlaceNames): string | undefined {
  if (o.still_planned) return `${o.year}年仍在部署，是期限后余下的任务，不是完成的数据`;
  if (o.indicator && o.indicator !== t.name) return `后续数据为“${o.indicator}”，与目标“${t.name}”口径不同`;
  if (!sameScope(o, t)) return `后续数据为${scopeLabel(o, places)}数据，目标针对${scopeLabel(t, places)}`;
  if (o.metric !== t.metric) return `后续数据为${METRIC_LABEL[o.metric]}，目标为${METRIC_LABEL[t.metric]}`;
  if (o.unit && o.unit !== t.unit) return `后续数据以“${o.unit}”计，目标以“${t.unit}”计`;
  return undefined;
}

function shares(ratio: Figure): number[] {
  return String(ratio).split(':').map(Number);
}

export function meets(comparator: Comparator, goal: Figure, value: Figure): boolean {
  if (typeof goal === 'string' || typeof value === 'string') {
    const [a, b] = [shares(goal), shares(value)];
    return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 1);
  }
  switch (comparator) {
    case '>':
      return value > goal;
    case '<':
      return value < goal;
    case '<=':
      return value <= goal;
    case '≈':
      return Math.abs(value - goal) <= Math.abs(goal) * 0.05;
    // A deadline's figure is the year it was done.
    case 'by':
      return value <= goal;
    default:
      return value >= goal;
  }
}

/** A later figure as its source states it: "48.2%", or with its bound, "超过1600亿元", "70%以上". */
export function shownFigure(o: Pick<Observation, 'value' | 'comparator'>, unit: string): string {
  return o.comparator
    ? formatGoal({ comparator: o.comparator, value: o.value, unit, year: 0, metric: 'level' })
    : formatFigure(o.value, unit);
}

/** After a year: "为48.2%", "超过1600亿元". */
export const observedFigure = (o: Pick<Observation, 'value' | 'comparator'>, unit: string) =>
  `${o.comparator ? '' : '为'}${shownFigure(o, unit)}`;

/**
 * Whether a later figure meets the goal; undefined when the source only bounds it and the bound
 * cannot tell (more than 1600 against 2300以上). "左右" is read as the figure itself.
 */
export function meetsObserved(t: Pick<Target, 'comparator' | 'value'>, o: Pick<Observation, 'value' | 'comparator'>): boolean | undefined {
  const plain = meets(t.comparator, t.value, o.value);
  if (!o.comparator || o.comparator === '≈' || typeof o.value === 'string') return plain;
  // The true value lies beyond the figure, in the bound's direction: the figure is as far as it is known to go.
  const above = o.comparator === '>' || o.comparator === '>=';
  const goalUp = !downward(t.comparator) && t.comparator !== 'by';
  if (above === goalUp) return plain ? true : undefined;
  return plain ? undefined : false;
}

/** Rounded for reading: at most two decimals, no trailing zeros. */
const round = (n: number) => String(Math.round(n * 100) / 100);
/** A difference of percentages is in percentage points. */
const differenceUnit = (unit: string) => (unit === '%' ? '个百分点' : ['比例', '系数', '指数'].includes(unit) ? '' : unit);
/** Whether the goal asks for less (以内, 降至) rather than more. */
const downward = (c: Comparator) => c === '<=' || c === '<';

/** A quantity whose distance and pace mean something: numbers, not a ratio of shares or a deadline. */
function quantity(t: Target, o: Observation | undefined): o is Observation & { value: number } {
  return !!o && typeof t.value === 'number' && typeof o.value === 'number' && t.metric !== 'deadline' && t.metric !== 'ratio';
}

function distanceTo(t: Target, value: number): string {
  const gap = Math.abs((t.value as number) - value);
  return meets(t.comparator, t.value, value) ? '已达到目标值' : `距目标还差${round(gap)}${differenceUnit(t.unit)}`;
}

/** A growth rate is not a stock: a yearly change of a growth rate says nothing about the plan, so only levels and counts get a pace. */
export const accumulates = (m: Metric) => m === 'level' || m === 'count' || m === 'cumulative';

function projectionOf(t: Target, latest: Observation & { value: number }): Projection | undefined {
  const b = t.baseline;
  if (!b || typeof b.value !== 'number' || !accumulates(t.metric) || latest.year <= b.year || latest.year >= t.year) return undefined;
  const perYear = (latest.value - b.value) / (latest.year - b.year);
  const atTarget = latest.value + perYear * (t.year - latest.year);
  const meetsGoal = meets(t.comparator, t.value, atTarget);
  const verb = perYear >= 0 ? '提高' : '降低';
  const text = `按${b.year}—${latest.year}年平均每年${verb}${round(Math.abs(perYear))}${differenceUnit(t.unit)}推算，${t.year}年约为${formatFigure(Number(round(atTarget)), t.unit)}，${meetsGoal ? '可达到目标' : '达不到目标'}`;
  return { from: { year: b.year, value: b.value }, to: { year: latest.year, value: latest.value }, perYear, atTarget, meetsGoal, text };
}

export function assessTarget(t: Target, context: TrackerContext): Assessment {
  const goal = datedGoal(t);
  const comparable = t.observations.filter((o) => !incomparability(t, o, context.places));
  const latest = (list: Observation[]) => list.reduce<Observation | undefined>((a, o) => (!a || o.year >= a.year ? o : a), undefined);
  const final = latest(comparable.filter((o) => o.year >= t.year));
  if (final) {
    const figure = t.metric === 'deadline' ? `${final.value}年完成` : `${final.year}年${observedFigure(final, t.unit)}`;
    const met = meetsObserved(t, final);
    if (met === undefined)
      return { status: '未见期末数据', reason: `${figure}，来源只给出界限，不足以判定是否达到目标（${goal}）`, deciding: final };
    return met
      ? { status: '已达成', reason: `${figure}，达到目标（${goal}）`, deciding: final }
      : { status: '未达成', reason: `${figure}，未达到目标（${goal}）`, deciding: final };
  }
  // A later document still planning, after the target year, what the target should have finished: it was missed.
  const remainder = latest(t.observations.filter((o) => o.still_planned && o.year > t.year));
  if (remainder)
    return {
      status: '未达成',
      reason: `期限已过，${remainder.year}年仍部署“${remainder.quote}”，目标未在期限内完成（${goal}）`,
      deciding: remainder,
    };
  const interim = latest(comparable);
  if (interim) {
    const latestText = `${interim.year}年${observedFigure(interim, t.unit)}`;
    const distance = quantity(t, interim) ? distanceTo(t, interim.value) : undefined;
    const projection = quantity(t, interim) ? projectionOf(t, interim) : undefined;
    const extra = { ...(distance ? { distance } : {}), ...(projection ? { projection } : {}) };
    if (context.reviewedThrough >= t.year) {
      return {
        status: '未见期末数据',
        reason: `目标年份已过，收录文件未报告${t.year}年数据；最新数据：${latestText}${distance ? `，${distance}` : ''}；目标：${goal}`,
        deciding: interim,
        ...extra,
      };
    }
    const years = t.year - interim.year;
    const paceNeeded =
      distance && distance !== '已达到目标值' && accumulates(t.metric) && years > 0
        ? `此后平均每年须${downward(t.comparator) ? '降低' : '提高'}${round(Math.abs((t.value as number) - (interim.value as number)) / years)}${differenceUnit(t.unit)}`
        : undefined;
    return {
      status: '进展中',
      reason: `最新数据：${latestText}${distance ? `，${distance}` : ''}${paceNeeded ? `，${paceNeeded}` : ''}；目标：${goal}`,
      deciding: interim,
      ...extra,
      ...(paceNeeded ? { paceNeeded } : {}),
    };
  }
  // Why not: said of a figure of the target's own scope when there is one (its metric or definition differs).
  const other = latest(t.observations.filter((o) => sameScope(o, t))) ?? latest(t.observations);
  if (other) return { status: '口径不同', reason: `${incomparability(t, other, context.places)}，无法判定是否达成`, deciding: other };
  return { status: '无后续数据', reason: '本站收录的后续文件未报告这一指标' };
}

/**
 * The latest year the documents review: a target year up to it has passed in the corpus. A document
 * of a place outside the registry says nothing of the registry's places, so it does not count.
 */
export function reviewedThrough(documents: { reviews: { to: number }; place?: PlaceRef }[]): number {
  return Math.max(...documents.filter((d) => d.place === undefined || typeof d.place === 'string').map((d) => d.reviews.to));
}
