/** A plan target for table tests: forest cover above 50% by 2020, city-wide; each test overrides what it is about. */
import type { Target } from '../../src/data/target-schema.ts';

export const target = (over: Partial<Target> = {}): Target => ({
  id: 't',
  area: '生态',
  name: '森林覆盖率',
  indicator: 'forest',
  unit: '%',
  metric: 'level',
  comparator: '>',
  value: 50,
  year: 2020,
  place: 'city',
  plan: { doc: 'plan', quote: '森林覆盖率超过50%' },
  restated: [],
  observations: [],
  see_also: [],
  related_indicators: [],
  rejected: [],
  file: 'x.yaml',
  ...over,
});

/** The plan's deadline target (all poor people out of poverty by 2018), counted in 年, with its later figures. */
export const povertyDeadline = (observations: Target['observations']): Target =>
  target({ name: '贫困人口整体脱贫', unit: '年', metric: 'deadline', comparator: 'by', value: 2018, year: 2018, observations });
