/** Metadata of a source document (content/documents.yaml). */
import { z } from 'zod';
import { slugSchema } from './slug.ts';
import { placeRefSchema } from './place-schema.ts';
import { SOURCE_EXTENSIONS, isSourceFile } from '../import/formats.ts';

/** Years a document may name: from the People's Republic on, and not beyond this century. */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;
const year = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);

export const periodSchema = z
  .object({ from: year, to: year })
  .strict()
  .refine((p) => p.from <= p.to, { message: '"from" must not be after "to"' });

/**
 * The original a source text was taken from: its address or its file name, who
 * published it, and the day it was retrieved. Each field is optional, as each
 * may be unknown; an origin with none of them is an error, since it says
 * nothing (leave the field out instead). The copy's checksum stays in
 * content/sources/SHA256SUMS.
 */
export const originSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
    file: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    retrieved: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
  })
  .strict()
  .refine((o) => Object.keys(o).length > 0, {
    message: 'give at least one of url, file, publisher or retrieved; leave "origin" out when nothing is recorded',
  });

export const documentSchema = z
  .object({
    slug: slugSchema,
    source: z
      .string()
      .refine(isSourceFile, `must name a file in content/sources/ of a format the build reads (${SOURCE_EXTENSIONS.join(', ')})`),
    /**
     * The title as the document prints it in its opening lines (checked against the
     * text; punctuation width and spacing may differ: `(全文)` matches `（全文）`).
     */
    title: z.string().min(1).optional(),
    /** The text prints no title of its own (web copies that start at 各位代表：): the page shows display_title and says so. */
    untitled: z.literal(true).optional(),
    /** A title that tells documents apart in lists, where the own title is generic ("政府工作报告"). */
    display_title: z.string().min(1),
    kind: z.enum(['政府工作报告', '五年规划纲要', '报告解读']),
    issuer: z.string().min(1),
    level: z.enum(['市', '区', '县']),
    /** The jurisdiction the document is of: a 行政区 id, or `{outside: 岳阳市}` for a place the registry does not hold. */
    place: placeRefSchema,
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
    /** Where the text was obtained, as far as it was recorded; absent when nothing was (the pages say so, and guess nothing). */
    origin: originSchema.optional(),
  })
  .strict();

export const documentsSchema = z
  .array(documentSchema)
  .min(1)
  .superRefine((docs, ctx) => {
    const seen = new Map<string, number>();
    docs.forEach((d, i) => {
      if ((d.title === undefined) === (d.untitled === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, d.title === undefined ? 'title' : 'untitled'],
          message: 'give either "title" (as the text prints it) or "untitled: true" (the text prints none), not both or neither',
        });
      }
      for (const key of ['slug', 'source'] as const) {
        const k = `${key}:${d[key]}`;
        if (seen.has(k))
          ctx.addIssue({ code: 'custom', path: [i, key], message: `duplicate ${key} "${d[key]}" (also entry ${seen.get(k)! + 1})` });
        else seen.set(k, i);
      }
    });
  });

export type DocumentMeta = z.infer<typeof documentSchema>;

/** The year a document speaks from, for ordering: its date. */
export function documentYear(meta: DocumentMeta): number {
  return 'exact' in meta.date ? Number(meta.date.exact.slice(0, 4)) : meta.date.year;
}
