/** Ids and slugs: lowercase ASCII words joined by hyphens, so they work as URL segments and YAML keys alike. */
import { z } from 'zod';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z.string().regex(SLUG, 'must be lowercase ASCII words joined by hyphens');
