/**
 * A link in the open data: absolute when a site URL is configured
 * (HY_SITE_URL), so it still works in a downloaded file; otherwise the site
 * path, which the open-data page says.
 */
import { absoluteUrl } from '../core/site-url.ts';

export const dataLink = (sitePath: string): string => absoluteUrl(sitePath) ?? sitePath;
