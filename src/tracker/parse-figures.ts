/**
 * Reads the figures written in a Chinese clause: "地区生产总值年均增长9%左右"
 * gives 9, unit "%", comparator "≈"; in Arabic digits of either width or in
 * Chinese numerals (两千吨, 一百二十万人), read by src/zh/numbers.ts. The targets test uses it to prove every
 * stored value is the one the quoted clause states, and that the stored
 * comparator is the one its wording (超过/以上/以内/左右 …) implies.
 */
import type { Comparator } from '../data/target-schema.ts';
import { ARABIC_NUMBER, BIG_UNITS, CHINESE_NUMBER, PLACE_WORDS, halfWidth, parseNumber } from '../zh/numbers.ts';
import { canonicalUnit, unitOf, unitPattern } from '../zh/units.ts';

export interface ParsedFigure {
  /** A number, or a ratio of shares written "11:45:44". */
  value: number | string;
  unit: string | undefined;
  /** What the wording around the figure says about it, if anything. */
  comparator: Comparator | undefined;
  /**
   * What the wording says of a reported figure: the true value lies beyond it (突破1600亿元 is "> 1600",
   * 70%以上 ">= 70", 6%左右 "≈ 6"). A word that names the point reached (达, 达到, 提高到, 降至) bounds
   * a goal but not a figure already reported, so it gives none.
   */
  bound: Comparator | undefined;
  /** The figure as written, with its unit and qualifiers. */
  text: string;
  /** Where it is in the clause as written. */
  start: number;
  end: number;
}

/** Units of the lexicon; a day or month (3月, 8日) dates a figure rather than measuring it. */
const UNIT = unitPattern((u) => u.kind !== 'date');

/** Words that name the point a figure reached rather than a bound on it. */
const REACHED = new Set(['提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '达到', '达', '降到', '降至', '降低到']);
/** Words before a figure, and the comparator they state of a goal. */
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
  ['提升到', '>='],
  ['提升至', '>='],
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
  ['或以上', '>='],
  ['以上', '>='],
  ['以内', '<='],
  ['之内', '<='],
  ['以下', '<='],
  ['左右', '≈'],
  ['上下', '≈'],
  ['多', '>'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const RATIO_SEPARATOR = '[:∶：]';
/** After the number: "300多家", "20余个" (more than the figure), then the unit. */
const MORE_AND_UNIT = `(多|余)?(${UNIT})?`;
const FIGURE = new RegExp(
  `(${BEFORE.map(([w]) => escape(w)).join('|')})?` +
    `(${ARABIC_NUMBER}(?:${RATIO_SEPARATOR}${ARABIC_NUMBER})*|${CHINESE_NUMBER})` +
    MORE_AND_UNIT +
    `(${AFTER.map(([w]) => escape(w)).join('|')})?`,
  'g',
);
const UNIT_AT = new RegExp(MORE_AND_UNIT, 'y');

/**
 * The unit written right after a number that ends at `index` of `text`, as
 * parseFigures reads it ("4000多亿元" -> "亿元"), or undefined. Search indexes
 * and queries a number with its unit through this, so "4000亿" never matches
 * "4000美元".
 */
export function unitAt(text: string, index: number): string | undefined {
  UNIT_AT.lastIndex = index;
  const unit = UNIT_AT.exec(text)?.[2];
  return unit && canonicalUnit(unit);
}

/** A year: four digits before 年 (2019年, 二〇二〇年). */
function yearDigits(number: string, unit: string | undefined): boolean {
  return unit === '年' && [...number].length === 4;
}

/**
 * Chinese numerals are a figure only with a unit and a place word (一百二十万人, 两千吨), a multiplier
 * (两万户) or as a year (二〇二〇年): 三次产业, 一批, 十三五 and 一带一路 are words.
 */
function chineseFigure(number: string, unit: string | undefined): boolean {
  if (!unit) return false;
  if (new RegExp(`[${PLACE_WORDS}]`, 'u').test(number) || unitOf(unit)?.multiplier) return true;
  return yearDigits(number, unit);
}

/** Whether a figure is a year (2019年): it dates what the clause says rather than measuring it. */
export function isYear(figure: ParsedFigure): boolean {
  return typeof figure.value === 'number' && Number.isInteger(figure.value) && yearDigits(String(figure.value), figure.unit);
}

/** A Chinese numeral with a multiplier inside it takes the unit's multiplier too: 三亿五千万元 is 350000000 元, not 30005000 万元. */
function folded(number: string, unit: string | undefined): { value: number | undefined; unit: string | undefined } {
  const u = unit === undefined ? undefined : unitOf(unit);
  if (u?.multiplier && new RegExp(`[${BIG_UNITS}]`, 'u').test(number))
    return { value: parseNumber(number + u.multiplier), unit: u.base || undefined };
  return { value: parseNumber(number), unit };
}

export function parseFigures(clause: string): ParsedFigure[] {
  return [...clause.matchAll(FIGURE)].flatMap((m) => {
    const [text, before, number, more, written, after] = m as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
      string | undefined,
      string | undefined,
    ];
    const chinese = !/^[0-9０-９]/u.test(number);
    if (chinese && !chineseFigure(number, written)) return [];
    const isRatio = new RegExp(RATIO_SEPARATOR).test(number);
    const { value, unit } = chinese ? folded(number, written) : { value: parseNumber(number), unit: written };
    if (!isRatio && value === undefined) return [];
    // "300多家", "20余个": more than the figure.
    const stated = (after && AFTER.find(([w]) => w === after)?.[1]) || (more && '>') || undefined;
    const comparator = stated || (before && BEFORE.find(([w]) => w === before)?.[1]) || undefined;
    const bound = stated || (before && !REACHED.has(before) ? comparator : undefined);
    return [
      {
        value: isRatio ? halfWidth(number).replace(new RegExp(RATIO_SEPARATOR, 'g'), ':') : value!,
        unit: unit && canonicalUnit(unit),
        comparator,
        bound,
        text,
        start: m.index,
        end: m.index + text.length,
      },
    ];
  });
}
