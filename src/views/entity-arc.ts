/**
 * The one-line arc of a project or target across the documents, e.g.
 * "2013—2017年 目标 → 2016—2020年 目标 → 2018年 进展 → 2020年 成果":
 * each distinct (period, badge) once, in the order of the periods.
 */
import type { MentionView } from './mentions.ts';

export function entityArc(views: MentionView[]): string {
  const steps: string[] = [];
  for (const v of [...views].sort((a, b) => a.sortKey - b.sortKey)) {
    if (!v.badge) continue;
    const step = `${v.period} ${v.badge}`;
    if (steps.at(-1) !== step && !steps.includes(step)) steps.push(step);
  }
  return steps.join(' → ');
}
