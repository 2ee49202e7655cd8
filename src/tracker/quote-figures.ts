/**
 * The figures a cited quote writes, read as the tracker must read them: a
 * change written after 下降, 减少, 降低, 负增长 or 回落 is negative
 * (地区生产总值下降3.2% is −3.2), unless the target's own wording names the fall
 * (累计降低17%: its figures are sizes of the fall). 下降到 and 降至 state a
 * level, which parseFigures reads with its comparator. The build checks every
 * stored value, its sign and its unit against these (check-figures.ts).
 */
import { type ParsedFigure, parseFigures } from './parse-figures.ts';

/** Words right before a change that make it a fall. */
const FALL_BEFORE = /(下降|减少|降低|负增长|回落)了?$/u;

/** Whether a target's wording names a fall, so that its figures are sizes of it. */
export function namesFall(wording: string): boolean {
  return /(下降|减少|降低|削减|压减)/u.test(wording);
}

export function quotedFigures(quote: string, fallIsSize: boolean): ParsedFigure[] {
  let cursor = 0;
  return parseFigures(quote).map((f) => {
    const at = quote.indexOf(f.text, cursor);
    cursor = at + f.text.length;
    const falls = !fallIsSize && typeof f.value === 'number' && FALL_BEFORE.test(quote.slice(0, at));
    return falls ? { ...f, value: -(f.value as number) } : f;
  });
}
