/** The glossary of policy terms (content/glossary/terms.yaml) and its stoplist. */
import { z } from 'zod';
import { slugSchema } from './slug.ts';
import { aliasExceptionsSchema } from './alias-rules.ts';
import { citationSchema } from './citation-schema.ts';

export const GLOSSARY_CATEGORIES = [
  '政策口号',
  '改革举措',
  '规划术语',
  '经济术语',
  '机构与平台',
  '发展战略',
  '民生保障',
  '生态环保',
] as const;

const slug = slugSchema;

export const glossaryTermSchema = z
  .object({
    id: slug,
    term: z.string().min(1),
    /** Other spellings that occur in the texts. */
    variants: z.array(z.string().min(1)).default([]),
    category: z.enum(GLOSSARY_CATEGORIES),
    definition: z.string().min(1).max(80, 'must be at most 80 characters'),
    gloss: z.string().min(1),
    /** The members of a numbered slogan (三大攻坚战 -> …), where a source or the public record gives them. */
    members: z.array(z.string().min(1)).optional(),
    /** Where a source defines the term, as a verbatim quote; otherwise the public record. */
    basis: z.union([z.literal('public record'), citationSchema]),
    /** A checked pinyin where the generated one gets a polyphone wrong (重, 行, 长 …). */
    pinyin: z.string().min(1).optional(),
    /** A term or variant the alias rules would refuse (one character, a common word), with why it is meant. */
    exceptions: aliasExceptionsSchema,
  })
  .strict();

export const glossarySchema = z.array(glossaryTermSchema);

export const stoplistSchema = z.array(z.object({ candidate: z.string().min(1), reason: z.string().min(1) }).strict());

export type GlossaryEntry = z.infer<typeof glossaryTermSchema>;

export interface GlossaryTerm extends GlossaryEntry {
  pinyin: string;
  /** Latin capital of the pinyin's first letter, or "#" for a term opening with a digit. */
  initial: string;
}
