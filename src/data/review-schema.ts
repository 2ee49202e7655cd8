/**
 * content/review/rejected.yaml: proposals a reviewer turned down that have no
 * place of their own in the data (a target a plan was proposed to set, unlike
 * a figure, which goes under its target's `rejected`, or a name, which goes on
 * a stoplist), with why, so the review page does not propose them again.
 */
import { z } from 'zod';
import { citationSchema } from './citation-schema.ts';

export const reviewRejectedSchema = z.array(
  citationSchema
    .extend({
      kind: z.enum(['target']),
      /** The proposed figure: one quote may set several targets, and only this one was turned down. */
      value: z.union([z.number(), z.string().min(1)]),
      reason: z.string().min(2),
    })
    .strict(),
);

export type ReviewRejected = z.infer<typeof reviewRejectedSchema>[number];

export const REVIEW_REJECTED = 'review/rejected.yaml';
