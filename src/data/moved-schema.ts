/**
 * Published pages that went away (a glossary term merged into an indicator),
 * each with the page that took its place: content/moved.yaml. Each `from`
 * keeps being served as a page that leads to `to`, with and without JS, so no
 * published address silently stops working.
 */
import { z } from 'zod';

/** A site path of an entry page: glossary/<id>/ or entities/<id>/. */
const entryPath = z
  .string()
  .regex(/^(glossary|entities|targets)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/, 'must be a site path like "glossary/<id>/"');

export const movedSchema = z.array(z.object({ from: entryPath, to: entryPath, reason: z.string().min(1) }).strict());

export type Moved = z.infer<typeof movedSchema>[number];
