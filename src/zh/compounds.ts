/**
 * Compound measures: a name inside a share (占GDP比重), a per-unit or
 * per-capita figure (人均GDP, 单位地区生产总值能耗, 万元GDP用水量) or a
 * comparison (城乡居民收入差距) names another indicator than itself. The
 * annotation's context rules and the tracker's indicator links read the same
 * rules. Browser-safe.
 */
import { CLAUSE_END_MARKS, LIST_MARK } from './chars.ts';
import { CHINESE_DIGITS, PLACE_WORDS } from './numbers.ts';

/** Per person, per unit, per household, per mu, per 10,000 people or yuan: the words before a denominator. */
const PER_UNIT_BEFORE = /(?:人均|单位|每万人|每万元|每亿元|每千人|每百人|每|亩均|户均)$/u;
/** 万元/亿元 as a unit of the figure (万元GDP), not an amount (完成500亿元固定资产投资): no number before it. */
const PER_MONEY_BEFORE = new RegExp(`(?:^|[^\\d.,０-９${CHINESE_DIGITS}${PLACE_WORDS}几多余])(?:万元|亿元)$`, 'u');
/** The words of a share. */
const SHARE = '(?:的)?(?:比重|比例|份额)';
const SHARE_AFTER = new RegExp(`^${SHARE}`, 'u');
/** 占…比重 / 占…的比例 within one clause. */
const SHARE_TAIL = new RegExp(`^占[^${CLAUSE_END_MARKS}${LIST_MARK}]{0,30}?${SHARE}`, 'u');
/** A figure measured against the name (城乡居民收入差距, 地区生产总值增速差, 万元GDP用水量). */
const MEASURED_AFTER = /^(?:差距|之比|比值|增速差|用水量|能耗|电耗)/u;
/** The most any rule here reads after a name (占 + 30 + 的比重): slicing no further keeps a long paragraph's matches linear. */
const AFTER_REACH = 40;

/** Whether the name at [start, end) is the denominator of another measure: 人均GDP, 万元GDP用水量, 占GDP比重. */
export function isDenominator(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  if (PER_UNIT_BEFORE.test(before) || PER_MONEY_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return true;
  return before.endsWith('占') && SHARE_AFTER.test(text.slice(end, end + AFTER_REACH));
}

/** Whether the name ending at `end` is measured against something (…差距, …用水量) or is the numerator of a share (非化石能源占…比重). */
export function isMeasuredOrShared(text: string, end: number): boolean {
  const after = text.slice(end, end + AFTER_REACH);
  return MEASURED_AFTER.test(after) || SHARE_TAIL.test(after);
}
