/**
 * A named project's latest state, read from its timeline: the newest mention
 * whose clause (the words between commas around it, so "衡永、白南等高速开工
 * 建设，大浦机场建成投用" reads 衡永 as under way) says something about
 * progress decides. In a review (进展 or
 * 成果) a sentence saying 建成/通车/投产… means completed, 开工/推进/建设…
 * under construction; in a plan (目标) a sentence about work going on (续建,
 * 加快, 推进) means under construction, anything else planned. A project the
 * plan names that no later document mentions has no later mention.
 */
export const PROJECT_STATES = ['已建成', '建设中', '规划中', '无后续提及', '未述进度'] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export interface TimelineEntry {
  /** 目标 (plan), 进展 or 成果 (review), or none. */
  badge: '目标' | '进展' | '成果' | undefined;
  /** The clause the project is mentioned in. */
  clause: string;
  /** Order of the period the passage speaks of. */
  sortKey: number;
  /** Order of the document the mention is in. */
  docOrder: number;
}

// 建成区 is the built-up area of a city, not a completion.
const COMPLETED = /建成(?!区)|竣工|通车|投产|投入使用|投入运营|开通|通航|完工|落成|开园|开业|建成运营|正式运行|挂牌运营/;
// "竣工在即": about to be finished, so still under way.
const IMMINENT = /(建成|竣工|通车|投产|完工)在即/;
const UNDER_WAY = /开工|在建|动工|施工|推进|加快|续建|启动|建设|实施|改造|扩建|提质|攻坚/;
const ONGOING_IN_PLAN = /续建|在建|加快|推进|确保.{0,20}(建成|完工|通车|投产)/;

export function entryState(e: TimelineEntry): Exclude<ProjectState, '无后续提及' | '未述进度'> | undefined {
  if (e.badge === '进展' || e.badge === '成果') {
    if (IMMINENT.test(e.clause)) return '建设中';
    if (COMPLETED.test(e.clause)) return '已建成';
    if (UNDER_WAY.test(e.clause)) return '建设中';
    return undefined;
  }
  if (e.badge === '目标') return ONGOING_IN_PLAN.test(e.clause) ? '建设中' : '规划中';
  return undefined;
}

/** The state and the timeline entry that says so (an index into `timeline`). */
export function projectState(timeline: TimelineEntry[]): { state: ProjectState; basis: number } {
  const order = timeline.map((_, i) => i).sort((a, b) => timeline[a]!.sortKey - timeline[b]!.sortKey);
  const firstPlan = order.find((i) => timeline[i]!.badge === '目标');
  if (firstPlan !== undefined && !timeline.some((e) => e.docOrder > timeline[firstPlan]!.docOrder)) {
    return { state: '无后续提及', basis: firstPlan };
  }
  for (const i of order.reverse()) {
    const state = entryState(timeline[i]!);
    if (state) return { state, basis: i };
  }
  return { state: '未述进度', basis: order[0]! };
}
