/**
 * The markers the report pages carry after quoted target clauses: on the plan
 * clause, the target's status and latest comparable figure; on a later
 * paragraph that reports a figure, a link back to the target it answers.
 */
import type { Target } from '../data/target-schema.ts';
import { type TrackerContext, assessTarget, incomparability, shownFigure } from './status.ts';

export interface BadgeClause {
  doc: string;
  quote: string;
  targetId: string;
  /** The marker's accessible name. */
  text: string;
  role: 'plan' | 'observation';
  /** What the marker's popover says: the target's indicator, status and the reason (latest figure and goal). */
  indicator: string;
  status: string;
  reason: string;
}

export function badgeClauses(targets: Target[], context: TrackerContext): BadgeClause[] {
  const clauses: BadgeClause[] = [];
  const seen = new Set<string>();
  // One badge per text at a clause: a figure that answers two identically named targets (the plan
  // repeats some in later chapters) links to the first, whose page names the other under 相关.
  const add = (c: BadgeClause) => {
    const key = `${c.doc}|${c.quote}|${c.text}`;
    if (!seen.has(key)) clauses.push(c);
    seen.add(key);
  };
  const later: { t: Target; o: Target['observations'][number]; about: Pick<BadgeClause, 'indicator' | 'status' | 'reason'> }[] = [];
  for (const t of targets) {
    const { status, deciding, reason } = assessTarget(t, context);
    const about = { indicator: t.name, status, reason };
    const figure = deciding && !incomparability(t, deciding) ? `：${deciding.year}年${shownFigure(deciding, t.unit)}` : '';
    // A target the plan states twice gets the same badge at both clauses.
    for (const clause of [t.plan, ...t.restated])
      add({
        doc: clause.doc,
        quote: clause.quote,
        targetId: t.id,
        text: `目标跟踪 · ${t.name} · ${status}${figure}`,
        role: 'plan',
        ...about,
      });
    for (const o of t.observations) later.push({ t, o, about });
  }
  // A figure that answers targets of two plans (森林覆盖率 for 2017 and for 2020) links to the one it still
  // works toward: a target year at or after the figure's first, the nearest of those, then the file order.
  const passed = (x: (typeof later)[number]) => (x.t.year < x.o.year ? 1 : 0);
  const distance = (x: (typeof later)[number]) => Math.abs(x.t.year - x.o.year);
  later
    .map((x, i) => ({ x, i }))
    .sort((a, b) => passed(a.x) - passed(b.x) || distance(a.x) - distance(b.x) || a.i - b.i)
    .forEach(({ x: { t, o, about } }) =>
      add({ doc: o.doc, quote: o.quote, targetId: t.id, text: `对应目标 · ${t.name}`, role: 'observation', ...about }),
    );
  return clauses;
}
