/** Ids and slugs: lowercase ASCII words joined by hyphens, so they work as URL segments and YAML keys alike. */
import { z } from 'zod';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Device names that Windows reserves in every folder, whatever the extension: a slug becomes
 * file and folder names (`cite/<slug>.bib`, `reports/<slug>/`), which a site copied to or built
 * on Windows could not hold.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export const slugSchema = z
  .string()
  .regex(SLUG, 'must be lowercase ASCII words joined by hyphens')
  .refine((slug) => !WINDOWS_RESERVED.test(slug), {
    error: ({ input }) =>
      `"${String(input)}" is a device name that Windows reserves (con, prn, aux, nul, com0-com9, lpt0-lpt9): the site's files and folders named after it could not exist there; choose another`,
  });
