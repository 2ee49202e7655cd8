/**
 * Quantified targets (content/targets/*.yaml): the plan outline's, and the
 * 2019 reports' annual ones. Every figure is a verbatim quote from a source
 * paragraph; status is computed by the site, never stored.
 */
import { z } from 'zod';
import { slugSchema } from './slug.ts';
import { citationSchema } from './citation-schema.ts';
import { placedShape } from './place-schema.ts';

const slug = slugSchema;
const figure = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+$/, 'a ratio is written like "11:45:44"')]);
/**
 * What a figure measures: a level (a share in % is a level), one year's growth,
 * the average yearly growth over a plan period, a count, a total accumulated
 * over several years (累计), a ratio of shares, or a deadline (the year).
 * Figures of different metrics are never compared with each other.
 */
export const METRICS = ['level', 'growth', 'average-growth', 'count', 'cumulative', 'ratio', 'deadline'] as const;
export type Metric = (typeof METRICS)[number];

/** `indicator` is set when the later figure measures something else than the target (e.g. 登记 vs 调查失业率). */
export const observationSchema = citationSchema
  .extend({
    value: figure,
    year: z.number().int(),
    ...placedShape,
    metric: z.enum(METRICS),
    /** Set when the source writes the figure in another unit than the target's (套 for 万套). */
    unit: z.string().min(1).optional(),
    /**
     * Where the quote bounds the figure rather than stating it (突破1600亿元 is ">", 70%以上 ">=",
     * 6%左右 "≈"): the build checks it against the quote's wording, and the page shows it so.
     */
    comparator: z.enum(['>', '>=', '<', '<=', '≈']).optional(),
    indicator: z.string().min(1).optional(),
    /**
     * The quote plans, in a year after the target's, what the target should have finished by then
     * (力争3.96万贫困人口脱贫 in 2019 for 2018年以前实现贫困人口整体脱贫): the target was missed.
     */
    still_planned: z.literal(true).optional(),
    note: z.string().optional(),
  })
  .strict();

export const targetSchema = z
  .object({
    id: slug,
    area: z.enum(['经济', '结构', '创新', '开放', '基础设施', '城镇化', '民生', '教育卫生', '文化', '生态', '农业']),
    /** The target's indicator as the plan words it (地区生产总值年均增长率): the page's title. */
    name: z.string().min(1),
    /** The indicator entity (content/entities/, kind 指标) the target measures, where the registry has it. */
    indicator: slug.optional(),
    unit: z.string().min(1),
    metric: z.enum(METRICS),
    comparator: z.enum(['>', '>=', '<', '<=', '≈', '=', 'by']),
    value: figure,
    year: z.number().int(),
    ...placedShape,
    plan: citationSchema,
    /** The same target stated again elsewhere in the plan (奋斗目标 and a chapter): one target, counted once. */
    restated: z.array(citationSchema).default([]),
    baseline: citationSchema.extend({ value: figure, year: z.number().int() }).strict().optional(),
    observations: z.array(observationSchema).default([]),
    see_also: z.array(slug).default([]),
    /**
     * Indicator entities (content/entities/indicators.yaml) whose figures the
     * sources report in place of this one (粮食总产 for 粮食综合产能): the
     * candidates tool searches their names too, and their pages list the target.
     */
    related_indicators: z.array(slug).default([]),
    /** Figures the candidates tool proposed that a reviewer turned down, with why; the tool does not propose them again. */
    rejected: z.array(citationSchema.extend({ reason: z.string().min(2) }).strict()).default([]),
    note: z.string().optional(),
  })
  .strict();

export const targetFileSchema = z.array(targetSchema);

export type Target = z.infer<typeof targetSchema> & { file: string };
export type Observation = z.infer<typeof observationSchema>;
export type Comparator = Target['comparator'];
export type Figure = Target['value'];
