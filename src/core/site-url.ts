/**
 * The site's public address, configured once: the HY_SITE_URL environment
 * variable (e.g. `https://example.org/`), read here by astro.config.mjs, the
 * page head, citations and the open data. With none set the site still builds
 * and works, but it claims no address: no canonical link, no absolute URLs,
 * and the open-data page says the links are relative.
 */
import { SourceError } from './errors.ts';

export function parseSiteUrl(value: string | undefined): URL | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new SourceError('HY_SITE_URL', 1, `"${value}" is not an absolute URL (e.g. https://example.org/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SourceError('HY_SITE_URL', 1, `"${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new SourceError('HY_SITE_URL', 1, `"${value}" must not carry a query or fragment`);
  // The path prefix comes from HY_BASE; the site URL names only the origin.
  if (url.pathname !== '/')
    throw new SourceError(
      'HY_SITE_URL',
      1,
      `"${value}" must be an origin only (e.g. https://example.org); set the path "${url.pathname}" as HY_BASE`,
    );
  return new URL(url.origin);
}

export const SITE_URL: URL | undefined = parseSiteUrl(process.env.HY_SITE_URL);

/** The absolute address of a site path (one that already includes the base, as href() returns), or undefined without a configured site. */
export function absoluteUrl(sitePath: string, site: URL | undefined = SITE_URL): string | undefined {
  return site ? new URL(sitePath, site).toString() : undefined;
}

/** Where readers report an error (HY_FEEDBACK_URL: an issue tracker, a form or a mailto: address); the about page links it when set. */
export const FEEDBACK_URL: string | undefined = process.env.HY_FEEDBACK_URL?.trim() || undefined;
