/** The registry of named projects, facilities, places and indicators (content/entities/*.yaml). */
import { z } from 'zod';
import { placedShape } from './place-schema.ts';
import { slugSchema } from './slug.ts';
import { aliasExceptionsSchema } from './alias-rules.ts';
import { ENTITY_KINDS } from './entity-kinds.ts';

export { ENTITY_KINDS } from './entity-kinds.ts';

export const entitySchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1),
    kind: z.enum(ENTITY_KINDS),
    /** Every other surface form in the texts, full and short (衡阳至永州高速公路 / 衡永高速 / 衡永). */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * The jurisdiction it is of (src/data/place-schema.ts): a county's park is that county's, the province's
     * university `{outside: 湖南省}`; `qualifier` where the registry knows only the level (所辖区, 所辖县（市）).
     * An indicator's figures are its place's, and it links only in that place's documents.
     */
    ...placedShape,
    /** Longer strings that contain a name or alias but are something else (南岳 in 南岳衡山). */
    guards: z.array(z.string().min(1)).default([]),
    /** Surface forms that name a part of the entity (怀邵衡铁路衡阳段): linked to it, and marked as a part on its page. */
    parts: z.array(z.string().min(1)).default([]),
    /**
     * A form that means another entity in some contexts (南岳: the district, but the mountain
     * next to 世界自然文化遗产, the expressway in a list of 高速公路). Tried in order.
     */
    senses: z
      .array(
        z
          .object({
            forms: z.array(z.string().min(1)).min(1),
            entity: z.string().min(1),
            sentence: z.array(z.string().min(1)).min(1).optional(),
            listOf: z.array(z.string().min(1)).min(1).optional(),
            listWith: z.array(z.enum(ENTITY_KINDS)).min(1).optional(),
            reason: z.string().min(1),
          })
          .strict()
          .refine((s) => s.sentence || s.listOf || s.listWith, 'needs "sentence" cues, "listOf" nouns or "listWith" kinds'),
      )
      .default([]),
    description: z.string().min(1),
    related: z.array(z.string()).default([]),
    exceptions: aliasExceptionsSchema,
  })
  .strict();

export const entityFileSchema = z.array(entitySchema);

export type EntityEntry = z.infer<typeof entitySchema>;

export interface Entity extends EntityEntry {
  /** The registry file it is defined in, for messages. */
  file: string;
}
