/**
 * Which indicator entities (content/entities/indicators.yaml) a target
 * measures, read from the target's own wording: an indicator whose name or
 * alias the target's indicator contains (not as the denominator of another
 * indicator, 占GDP比重, 万元GDP用水量), unless one of the entity's guards does too (人均地区生产总值 is not 地区生产总值), and not one whose match
 * lies inside a longer matched name (城镇调查失业率 over 失业率). The indicator
 * page lists its targets and the candidates tool searches the documents by
 * these names, so both follow the registry with no list kept by hand.
 */
import type { Entity } from '../data/entity-schema.ts';
import { isDenominator } from '../zh/compounds.ts';

export interface NameMatch {
  entity: Entity;
  /** The name or alias found in the target's wording. */
  name: string;
}

export function indicatorMatches(indicator: string, entities: Entity[]): NameMatch[] {
  const found: (NameMatch & { start: number; end: number })[] = [];
  for (const entity of entities.filter((e) => e.kind === '指标')) {
    if (entity.guards.some((g) => indicator.includes(g))) continue;
    // "占GDP比重" measures a share of GDP, not GDP.
    const names = [entity.name, ...entity.aliases]
      .filter((n) => indicator.includes(n) && !isDenominator(indicator, indicator.indexOf(n), indicator.indexOf(n) + n.length))
      .sort((a, b) => b.length - a.length);
    const name = names[0];
    if (name) found.push({ entity, name, start: indicator.indexOf(name), end: indicator.indexOf(name) + name.length });
  }
  return found
    .filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .map(({ entity, name }) => ({ entity, name }));
}

export function indicatorEntities(indicator: string, entities: Entity[]): Entity[] {
  return indicatorMatches(indicator, entities).map((m) => m.entity);
}

/** The indicator in a target's wording without the rate or period words around it: 地区生产总值年均增长率 → 地区生产总值. */
export function coreWording(indicator: string): string {
  return indicator.replace(/^(全市|“十三五”(期间|时期)?|累计|“十三五”累计)+/u, '').replace(/(年均)?(增长率|增速|增幅|增长)$/u, '');
}
