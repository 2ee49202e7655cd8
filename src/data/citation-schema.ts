/**
 * The one shape of a citation: a document's slug and a verbatim quote from it.
 * The build resolves it to the one paragraph that holds the quote and stops if
 * there is none or more than one. Targets, their figures, glossary bases and
 * rejected proposals all cite this way, extending it with what they add.
 */
import { z } from 'zod';
import { slugSchema } from './slug.ts';

export const citationSchema = z.object({ doc: slugSchema, quote: z.string().min(2) }).strict();

export type Citation = z.infer<typeof citationSchema>;
