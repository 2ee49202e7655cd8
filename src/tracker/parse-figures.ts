/**
 * Reads the figures written in a Chinese clause: "地区生产总值年均增长9%左右"
 * gives 9, unit "%", comparator "≈". The targets test uses it to prove every
 * stored value is the one the quoted clause states, and that the stored
 * comparator is the one its wording (超过/以上/以内/左右 …) implies.
 */
import type { Comparator } from '../data/target-schema.ts';
import { canonicalUnit, unitPattern } from '../zh/units.ts';

export interface ParsedFigure {
  /** A number, or a ratio of shares written "11:45:44". */
  value: number | string;
  unit: string | undefined;
  /** What the wording around the figure says about it, if anything. */
  comparator: Comparator | undefined;
  /** The figure as written, with its unit and qualifiers. */
  text: string;
}

/** Units of the lexicon; a day or month (3月, 8日) dates a figure rather than measuring it. */
const UNIT = unitPattern((u) => u.kind !== 'date');

/** Words before a figure, and the comparator they state. */
const BEFORE: [string, Comparator][] = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不超过', '<='],
  ['控制在', '<='],
  ['不高于', '<='],
  ['超过', '>'],
  ['突破', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['提高到', '>='],
  ['提高至', '>='],
  ['增加到', '>='],
  ['增加至', '>='],
  ['达到', '>='],
  ['达', '>='],
  ['降到', '<='],
  ['降至', '<='],
  ['降低到', '<='],
];
/** Words after a figure; they override the word before ("控制在6%以内"). */
const AFTER: [string, Comparator][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['以内', '<='],
  ['之内', '<='],
  ['以下', '<='],
  ['左右', '≈'],
  ['上下', '≈'],
  ['多', '>'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const RATIO_SEPARATOR = '[:∶：]';
const FIGURE = new RegExp(
  `(${BEFORE.map(([w]) => escape(w)).join('|')})?` +
    `(${NUMBER}(?:${RATIO_SEPARATOR}${NUMBER})*)` +
    '(多|余)?' +
    `(${UNIT})?` +
    `(${AFTER.map(([w]) => escape(w)).join('|')})?`,
  'g',
);

export function parseFigures(clause: string): ParsedFigure[] {
  return [...clause.matchAll(FIGURE)].map((m) => {
    const [text, before, number, more, unit, after] = m as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
      string | undefined,
      string | undefined,
    ];
    const isRatio = new RegExp(RATIO_SEPARATOR).test(number);
    // "300多家", "20余个": more than the figure.
    const comparator =
      (after && AFTER.find(([w]) => w === after)?.[1]) || (more && '>') || (before && BEFORE.find(([w]) => w === before)?.[1]) || undefined;
    return {
      value: isRatio ? number.replace(new RegExp(RATIO_SEPARATOR, 'g'), ':') : Number(number),
      unit: unit && canonicalUnit(unit),
      comparator,
      text,
    };
  });
}
