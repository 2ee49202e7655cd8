/** Site-internal URLs, prefixed with the configured base path (the site may live under /hengyang/). */

/** `path` below the site's base path `base` ("/" or "/hengyang/"). */
export function siteHref(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** A report page, or one of its paragraphs, below the base path. */
export function reportPath(slug: string, fragment?: string): string {
  return `reports/${slug}/${fragment ? `#${fragment}` : ''}`;
}

/** In Astro pages: `path` below the base path the site was built with. */
export function href(path: string): string {
  return siteHref(import.meta.env.BASE_URL, path);
}

export const reportHref = (slug: string, fragment?: string) => href(reportPath(slug, fragment));

/** A paragraph of a report with the words a link quotes from it, which the page marks and brings into view on arrival. */
export function quotePath(slug: string, paragraphId: string, words: string): string {
  return `reports/${slug}/?${new URLSearchParams({ hl: words }).toString()}#${paragraphId}`;
}

export const quoteHref = (slug: string, paragraphId: string, words: string) => href(quotePath(slug, paragraphId, words));
