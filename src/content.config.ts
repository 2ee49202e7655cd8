import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { documentSchema } from './data/documents-schema.ts';
import { reportLoader } from './pipeline/report-loader.ts';

/** Reports: the frontmatter of the MDX the convert stage writes to .generated/reports (never edited by hand); bodies are the annotate stage's. */
const reports = defineCollection({
  loader: reportLoader(process.cwd(), join('.generated', 'reports')),
  schema: documentSchema.extend({
    front: z.array(z.object({ role: z.enum(['lead', 'title', 'kicker', 'date', 'byline']), text: z.string() })),
    sourceChars: z.number(),
    /** SHA-256 of the source file's bytes (src/conversion/convert-source.ts). */
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The script the source is written in (src/core/script.ts). */
    lang: z.enum(['zh-CN', 'zh-Hant']),
  }),
});

export const collections = { reports };
