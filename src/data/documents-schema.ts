/** Metadata of a source document (content/documents.yaml). */
import { z } from 'zod';
import { slugSchema } from './slug.ts';

const year = z.number().int().min(1949).max(2100);

export const periodSchema = z
  .object({ from: year, to: year })
  .strict()
  .refine((p) => p.from <= p.to, { message: '"from" must not be after "to"' });

export const documentSchema = z
  .object({
    slug: slugSchema,
    source: z.string().regex(/\.txt$/, 'must name a .txt file in content/sources/'),
    /** The title exactly as the document names itself (checked against the text). */
    title: z.string().min(1),
    /** A title that tells documents apart in lists, where the own title is generic ("政府工作报告"). */
    display_title: z.string().min(1),
    kind: z.enum(['政府工作报告', '五年规划纲要', '报告解读']),
    issuer: z.string().min(1),
    level: z.enum(['市', '区', '县']),
    speaker: z.object({ name: z.string(), role: z.string() }).strict().optional(),
    author: z.object({ name: z.string(), role: z.string() }).strict().optional(),
    date: z.union([
      z.object({ exact: z.iso.date() }).strict(),
      z.object({ year, approximate: z.literal(true), basis: z.string().min(1) }).strict(),
    ]),
    meeting: z.string().optional(),
    reviews: periodSchema,
    /** Absent for a write-up that only looks back. */
    plans: periodSchema.optional(),
    description: z.string().min(1).max(120),
    notes: z.array(z.string()).default([]),
  })
  .strict();

export const documentsSchema = z.array(documentSchema).min(1).superRefine((docs, ctx) => {
  const seen = new Map<string, number>();
  docs.forEach((d, i) => {
    for (const key of ['slug', 'source'] as const) {
      const k = `${key}:${d[key]}`;
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, key], message: `duplicate ${key} "${d[key]}" (also entry ${seen.get(k)! + 1})` });
      else seen.set(k, i);
    }
  });
});

export type DocumentMeta = z.infer<typeof documentSchema>;

/** The year a document speaks from, for ordering: its date. */
export function documentYear(meta: DocumentMeta): number {
  return 'exact' in meta.date ? Number(meta.date.exact.slice(0, 4)) : meta.date.year;
}
