/**
 * The one lexicon of units and measure words that Chinese reports write after
 * a figure, each tagged by what it measures. The tracker's figure parser, the
 * on-screen rule that keeps a figure whole and the candidates tools all read
 * it, so 万标箱 or 千瓦时 is a unit everywhere or nowhere. Browser-safe.
 */

export type UnitKind =
  | 'count'
  | 'money'
  | 'area'
  | 'length'
  | 'volume'
  | 'mass'
  | 'energy'
  | 'power'
  | 'percent'
  | 'ratio'
  | 'time'
  | 'date'
  | 'temperature'
  | 'grade'
  | 'multiplier';

/** Base units by kind. A multiplier (万, 亿 …) may stand before those of a quantity that scales. */
const BASES: Record<Exclude<UnitKind, 'multiplier'>, readonly string[]> = {
  count: [
    '人次',
    '标箱',
    '人',
    '户',
    '套',
    '个',
    '家',
    '株',
    '座',
    '头',
    '件',
    '辆',
    '项',
    '条',
    '所',
    '台',
    '处',
    '场',
    '张',
    '名',
    '间',
    '批',
    '位',
    '栋',
    '层',
    '道',
    '支',
    '款',
    '种',
    '类',
    '期',
    '届',
    '次',
  ],
  money: ['美元', '元'],
  area: ['平方公里', '平方米', '公顷', '亩'],
  length: ['公里', '米'],
  volume: ['立方米'],
  mass: ['吨'],
  energy: ['千瓦时'],
  power: ['千瓦'],
  percent: ['个百分点', '百分点', '%', '％', '‰'],
  ratio: ['倍'],
  time: ['小时', '季度', '年', '天', '周', '岁'],
  date: ['月', '日', '号'],
  temperature: ['℃'],
  grade: ['级', '星'],
};

/** Multipliers, written alone (4000亿) or before a unit (350万吨). */
export const MULTIPLIERS = ['万亿', '亿', '万', '千', '百'] as const;

/** Kinds whose units take a multiplier: a quantity, not a rate, a time or a date. */
const SCALES = new Set<UnitKind>(['count', 'money', 'area', 'length', 'volume', 'mass', 'energy', 'power']);

export interface Unit {
  /** As written: 万千瓦时. */
  spelling: string;
  kind: UnitKind;
  /** The unit without its multiplier: 千瓦时; empty for a multiplier written alone (4000亿). */
  base: string;
  /** The multiplier written before the base, if any: 万. */
  multiplier?: string;
}

const byLength = (a: Unit, b: Unit) => b.spelling.length - a.spelling.length;

/** Every spelling, longest first, so 万人次 wins over 万人 and 个百分点 over 个. */
export const UNITS: readonly Unit[] = [
  ...Object.entries(BASES).flatMap(([kind, bases]) =>
    bases.flatMap((base) => [
      { spelling: base, kind: kind as UnitKind, base },
      ...(SCALES.has(kind as UnitKind)
        ? MULTIPLIERS.map((multiplier) => ({ spelling: multiplier + base, kind: kind as UnitKind, base, multiplier }))
        : []),
    ]),
  ),
  ...MULTIPLIERS.map((m) => ({ spelling: m, kind: 'multiplier' as const, base: '', multiplier: m })),
].sort(byLength);

const BY_SPELLING = new Map(UNITS.map((u) => [u.spelling, u]));

export function unitOf(spelling: string): Unit | undefined {
  return BY_SPELLING.get(spelling);
}

/** The unit without its multiplier: 万套 → 套, 亿元 → 元; anything not in the lexicon is returned as it is. */
export function baseUnit(spelling: string): string {
  return unitOf(spelling)?.base ?? spelling;
}

/** The unit as stored: the full-width percent sign is the percent sign. */
export function canonicalUnit(spelling: string): string {
  return spelling === '％' ? '%' : spelling;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A RegExp source matching one unit (longest first), optionally only those `keep` accepts. */
export function unitPattern(keep: (u: Unit) => boolean = () => true): string {
  return UNITS.filter(keep)
    .map((u) => escape(u.spelling))
    .join('|');
}
