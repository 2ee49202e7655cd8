/**
 * A target's status, computed from its data and never typed by hand, with the
 * one line of reasoning the tracker shows. The rules:
 *
 * - A later figure counts only if it measures the same thing: same scope (全市
 *   vs 石鼓区), same metric (one year's growth is not an average over the plan
 *   period), and no differing `indicator` recorded on the observation.
 * - The latest comparable figure for the target year or after decides 已达成 /
 *   未达成; one from an earlier year means 进展中.
 * - Only figures of another scope or definition: 口径不同. None: 无后续数据.
 *
 * Comparators: ">" 超过, ">=" 达到/以上, "<=" 以内/降至, "≈" 左右 (within 5%
 * of the figure), "=" a plain figure, met when reached; a ratio of shares is met
 * when every share is within one percentage point; "by" is a deadline year.
 */
import type { Comparator, Figure, Metric, Observation, Target } from '../data/target-schema.ts';

export const STATUSES = ['已达成', '未达成', '进展中', '口径不同', '无后续数据'] as const;
export type Status = (typeof STATUSES)[number];

export interface Assessment {
  status: Status;
  /** One line a reader can check against the linked figures. */
  reason: string;
  /** The observation the status rests on, if any. */
  deciding?: Observation;
}

const METRIC_LABEL: Record<Metric, string> = {
  level: '水平值',
  growth: '当年增速',
  'average-growth': '年均增速',
  count: '数量',
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
    case '>': return `超过${figure}`;
    case '>=': return `${figure}以上`;
    case '<': return `低于${figure}`;
    case '<=': return `${figure}以内`;
    case '≈': return `${figure}左右`;
    case 'by': return `${t.year}年前完成`;
    default: return figure;
  }
}

/** The goal with its year: "2020年超过50%"; a deadline already names its year. */
export function datedGoal(t: Pick<Target, 'comparator' | 'value' | 'unit' | 'year' | 'metric'>): string {
  return t.comparator === 'by' ? formatGoal(t) : `${t.year}年${formatGoal(t)}`;
}

/** Why a later figure cannot be compared with the target, or undefined if it can. */
export function incomparability(t: Target, o: Observation): string | undefined {
  if (o.indicator && o.indicator !== t.indicator) return `后续数据为“${o.indicator}”，与目标“${t.indicator}”口径不同`;
  if (o.scope !== t.scope) return `后续数据为${o.scope}数据，目标针对${t.scope}`;
  if (o.metric !== t.metric) return `后续数据为${METRIC_LABEL[o.metric]}，目标为${METRIC_LABEL[t.metric]}`;
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
    case '>': return value > goal;
    case '<': return value < goal;
    case '<=': return value <= goal;
    case '≈': return Math.abs(value - goal) <= Math.abs(goal) * 0.05;
    // A deadline's figure is the year it was done.
    case 'by': return value <= goal;
    default: return value >= goal;
  }
}

export function assessTarget(t: Target): Assessment {
  const goal = datedGoal(t);
  const comparable = t.observations.filter((o) => !incomparability(t, o));
  const latest = (list: Observation[]) => list.reduce<Observation | undefined>((a, o) => (!a || o.year >= a.year ? o : a), undefined);
  const final = latest(comparable.filter((o) => o.year >= t.year));
  if (final) {
    const figure = t.metric === 'deadline' ? `${final.value}年完成` : `${final.year}年为${formatFigure(final.value, t.unit)}`;
    return meets(t.comparator, t.value, final.value)
      ? { status: '已达成', reason: `${figure}，达到目标（${goal}）`, deciding: final }
      : { status: '未达成', reason: `${figure}，未达到目标（${goal}）`, deciding: final };
  }
  const interim = latest(comparable);
  if (interim) {
    const ahead = meets(t.comparator, t.value, interim.value) ? '，已达到目标值' : '';
    return { status: '进展中', reason: `最新数据：${interim.year}年为${formatFigure(interim.value, t.unit)}${ahead}；目标：${goal}`, deciding: interim };
  }
  const other = latest(t.observations);
  if (other) return { status: '口径不同', reason: `${incomparability(t, other)}，无法判定是否达成`, deciding: other };
  return { status: '无后续数据', reason: '本站收录的后续文件未报告这一指标' };
}
