/** Table tests: a project's state as a reader would read it off its timeline. */
import { describe, expect, it } from 'vitest';
import { type TimelineEntry, projectState } from '../../src/tracker/project-state.ts';
import { clauseAround } from '../../src/zh/sentences.ts';

const plan = (sentence: string): TimelineEntry => ({ badge: '目标', clause: sentence, sortKey: 2016, docOrder: 1 });
const review = (sentence: string, year = 2018, badge: TimelineEntry['badge'] = '进展'): TimelineEntry => ({
  badge,
  clause: sentence,
  sortKey: year,
  docOrder: year - 2015,
});
const plan2019 = (sentence: string): TimelineEntry => ({ badge: '目标', clause: sentence, sortKey: 2019, docOrder: 3 });

const cases: [string, TimelineEntry[], string, number][] = [
  ['named only in the plan', [plan('建成怀邵衡铁路。')], '无后续提及', 0],
  ['completed in a later review', [plan('建成怀邵衡铁路。'), review('怀邵衡铁路衡阳段建成通车。')], '已建成', 1],
  ['under way in a later review', [plan('建设衡永高速。'), review('衡永高速开工建设。')], '建设中', 1],
  [
    'a later plan keeps pushing it',
    [plan('建设衡永高速。'), review('衡永高速开工建设。'), plan2019('加快推进衡永高速建设。')],
    '建设中',
    2,
  ],
  ['a later plan for something new', [plan('规划研究X。'), plan2019('启动X前期工作。')], '规划中', 1],
  ['a newer review decides over an older one', [review('X开工建设。', 2017), review('X竣工投产。', 2020, '成果')], '已建成', 1],
  ['建成区 is not a completion', [plan('建设X。'), review('X所在的城市建成区面积扩大。')], '规划中', 0],
  ['竣工在即 is not finished yet', [plan('建设X。'), review('X竣工在即')], '建设中', 1],
  ['later mentions that say nothing of progress', [review('X位于城区。', 2018)], '未述进度', 0],
];

describe('projectState', () => {
  it.each(cases)('%s', (_, timeline, state, basis) => {
    expect(projectState(timeline)).toEqual({ state, basis });
  });
});

describe('clauseAround', () => {
  it('reads each listed project with its own predicate', () => {
    const text = '衡永、白南等高速公路开工建设，大浦通用机场一期建成投用。';
    expect(clauseAround(text, 0, 2).clause).toBe('衡永、白南等高速公路开工建设');
    expect(clauseAround(text, 15, 21).clause).toBe('大浦通用机场一期建成投用');
  });
});
