/**
 * A target's wording without its rate and period words, which the candidates
 * tool searches the documents by. Which indicator a target measures is data
 * (its `indicator` id), not read off its wording; whether a name is the
 * denominator of another indicator is the kernel's (src/zh/compounds.ts).
 */

/** The indicator in a target's wording without the rate or period words around it: 地区生产总值年均增长率 → 地区生产总值. */
export function coreWording(indicator: string): string {
  return indicator.replace(/^(全市|“十三五”(期间|时期)?|累计|“十三五”累计)+/u, '').replace(/(年均)?(增长率|增速|增幅|增长)$/u, '');
}
