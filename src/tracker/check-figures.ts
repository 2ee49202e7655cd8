/**
 * Every figure a target file stores is the one its quote writes, with its
 * sign and unit, and one quote means one thing: the build stops, naming file
 * and line, when
 * - a stored value is not written in its quote, read with its sign
 *   (下降3.2% is −3.2, so a growth target cannot be met by a fall);
 * - a later figure's quote writes another unit than the one it is shown in
 *   (0.99% of a deadline target counted in 年 must say `unit: '%'`);
 * - one quoted figure is recorded for two targets as measuring two different
 *   things (counted as the indicator on one, marked as another indicator on the
 *   other): it would meet one target while being 口径不同 for the other;
 * - a later figure's `comparator` is not the bound its quote writes (突破1600亿元
 *   must be recorded as "> 1600", and 达1600亿元 with none).
 */
import type { LoadedTargets } from '../data/load-targets.ts';
import { DataError } from '../data/load-yaml.ts';
import type { Figure, Target } from '../data/target-schema.ts';
import type { Entity } from '../data/entity-schema.ts';
import { kindIs } from '../data/entity-kinds.ts';
import { namesFall, quotedFigures } from './quote-figures.ts';

/** The unit without its multiplier: 万套 → 套, 亿元 → 元. */
const family = (unit: string) => unit.replace(/^[万亿千百]+/u, '');
/** Whether a written unit is the shown one: the same, or the same family (万人 for 人口170万, 个百分点 for %). */
function sameUnit(written: string | undefined, shown: string): boolean {
  if (written === undefined) return true;
  if (written === '个百分点') return shown === '%';
  return shown.startsWith(written) || family(written) === family(shown);
}

/**
 * What a recorded figure measures, as an indicator id where the registry has
 * one: an observation names another indicator by its words (城镇登记失业率) and
 * a target names its own by id (registered-unemployment), and the two are the
 * same thing.
 */
function measuresOf(entities: readonly Entity[]) {
  const byName = new Map<string, string>();
  for (const e of entities) if (kindIs(e.kind, 'indicator')) for (const name of [e.name, ...e.aliases]) byName.set(name, e.id);
  return (t: Target, indicator: string | undefined) =>
    indicator !== undefined ? (byName.get(indicator) ?? indicator) : (t.indicator ?? byName.get(t.name) ?? t.name);
}

export function checkFigures({ targets, lineOf }: LoadedTargets, entities: readonly Entity[]): void {
  const measures = measuresOf(entities);
  const meaning = new Map<string, { t: Target; path: PropertyKey[]; what: string }>();
  for (const t of targets) {
    const fail = (path: PropertyKey[], message: string) => {
      throw new DataError(t.file, lineOf(t, path), `target "${t.id}", field "${path.join('.')}": ${message}`);
    };
    const check = (path: PropertyKey[], quote: string, value: Figure, unit: string | undefined) => {
      const written = quotedFigures(quote, namesFall(t.name)).filter((f) => f.value === value);
      if (written.length === 0) {
        const size = typeof value === 'number' ? Math.abs(value) : undefined;
        const asFall = size !== undefined && size === value && quotedFigures(quote, true).some((f) => f.value === size);
        fail(
          [...path, 'value'],
          asFall
            ? `${String(value)} is written as a fall in "${quote}": the value is ${-size}`
            : `${String(value)} is not written in "${quote}"`,
        );
      }
      const shown = unit ?? t.unit;
      if (!written.some((f) => sameUnit(f.unit, shown)))
        fail(
          [...path, unit ? 'unit' : 'value'],
          `"${quote}" writes ${written.map((f) => f.text).join('、')}, not in ${shown}: give its "unit"`,
        );
      return written;
    };
    if (t.metric !== 'deadline') {
      check(['plan'], t.plan.quote, t.value, undefined);
      t.restated.forEach((r, i) => check(['restated', i], r.quote, t.value, undefined));
    }
    if (t.baseline) check(['baseline'], t.baseline.quote, t.baseline.value, undefined);
    t.observations.forEach((o, i) => {
      const path = ['observations', i];
      // A deadline's own figure is the year it was done; any other figure on it is checked like the rest.
      if (o.metric !== 'deadline') {
        const bounds = check(path, o.quote, o.value, o.unit).map((f) => f.bound);
        if (!bounds.includes(o.comparator))
          fail(
            [...path, o.comparator ? 'comparator' : 'value'],
            bounds[0]
              ? `"${o.quote}" bounds ${String(o.value)} as "${bounds[0]}": give its comparator "${bounds[0]}", so the page shows it as written`
              : `"${o.quote}" states ${String(o.value)}, it does not bound it: remove its comparator "${o.comparator}"`,
          );
      }
      const key = `${o.doc}|${o.quote}|${String(o.value)}`;
      const what = measures(t, o.indicator);
      const other = meaning.get(key);
      if (other && other.what !== what)
        fail(
          [...path, 'indicator'],
          `"${o.quote}" (${String(o.value)}) is recorded as ${what} here and as ${other.what} for target "${other.t.id}" (${other.t.file}:${lineOf(other.t, other.path)}): one quote means one thing`,
        );
      if (!other) meaning.set(key, { t, path, what });
    });
  }
}
