/**
 * Quantified targets (content/targets/*.yaml): the plan outline's, and the
 * 2019 reports' annual ones. Every figure is a verbatim quote from a source
 * paragraph; status is computed by the site, never stored.
 */
import { z } from 'zod';
import { slugSchema } from './slug.ts';

const slug = slugSchema;
const figure = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+$/, 'a ratio is written like "11:45:44"')]);
/**
 * What a figure measures: a level, one year's growth, the average yearly growth
 * over a plan period, a count, a ratio of shares, or a deadline (the year).
 * Figures of different metrics are never compared with each other.
 */
export const METRICS = ['level', 'growth', 'average-growth', 'count', 'ratio', 'deadline'] as const;
export type Metric = (typeof METRICS)[number];

export const quoteSchema = z.object({ doc: slug, quote: z.string().min(2) }).strict();

/** `indicator` is set when the later figure measures something else than the target (e.g. 登记 vs 调查失业率). */
export const observationSchema = z
  .object({ value: figure, year: z.number().int(), doc: slug, scope: z.string().min(1), metric: z.enum(METRICS), quote: z.string().min(2), indicator: z.string().min(1).optional(), note: z.string().optional() })
  .strict();

export const targetSchema = z
  .object({
    id: slug,
    area: z.enum(['经济', '结构', '创新', '开放', '基础设施', '城镇化', '民生', '教育卫生', '文化', '生态', '农业']),
    indicator: z.string().min(1),
    unit: z.string().min(1),
    metric: z.enum(METRICS),
    comparator: z.enum(['>', '>=', '<', '<=', '≈', '=', 'by']),
    value: figure,
    year: z.number().int(),
    scope: z.string().min(1),
    plan: quoteSchema,
    baseline: z.object({ value: figure, year: z.number().int(), doc: slug, quote: z.string().min(2) }).strict().optional(),
    observations: z.array(observationSchema).default([]),
    see_also: z.array(slug).default([]),
    note: z.string().optional(),
  })
  .strict();

export const targetFileSchema = z.array(targetSchema);

export type Target = z.infer<typeof targetSchema> & { file: string };
export type Observation = z.infer<typeof observationSchema>;
export type Comparator = Target['comparator'];
export type Figure = Target['value'];
