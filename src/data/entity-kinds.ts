/**
 * The entity kinds and what each kind is, in one table: every rule that
 * depends on a kind (which are projects the tracker follows, which can own a
 * figure, which are places, which are indicators measured for a place) reads it
 * here, so a new kind is one row.
 */
interface KindProperties {
  /** Built or run: the project tracker follows it. */
  project?: true;
  /** Can own a figure: a company's, a district's or a park's 进出口总额 is not the city's. */
  subject?: true;
  /** A jurisdiction: documents, targets and figures are of one (`place`); never "not mentioned lately". */
  place?: true;
  /** A statistical indicator: measured for one place (`place`), linked only in that place's documents. */
  indicator?: true;
  /** Its names have a distinctive core a text may use alone (a company, a park, a project). */
  core?: true;
}

export const KIND_TABLE = {
  铁路: { project: true },
  公路: { project: true },
  机场: { project: true },
  港口航道: { project: true },
  桥梁: { project: true },
  轨道交通: { project: true },
  园区: { project: true, subject: true, core: true },
  开放平台: { project: true, subject: true, core: true },
  新城新区: { project: true, subject: true },
  企业: { subject: true, core: true },
  学校: { project: true, subject: true },
  医院: { project: true, subject: true },
  文化体育设施: { project: true },
  景区: { project: true },
  水利设施: { project: true },
  能源设施: { project: true },
  市政设施: { project: true },
  工程项目: { project: true, core: true },
  指标: { indicator: true },
  机构: { subject: true },
  行政区: { subject: true, place: true },
  称号: {},
} as const satisfies Record<string, KindProperties>;

export type EntityKind = keyof typeof KIND_TABLE;

export const ENTITY_KINDS = Object.keys(KIND_TABLE) as [EntityKind, ...EntityKind[]];

/** Whether entities of a kind have a property of the table. */
export function kindIs(kind: string, property: keyof KindProperties): boolean {
  return (KIND_TABLE as Record<string, KindProperties>)[kind]?.[property] === true;
}
