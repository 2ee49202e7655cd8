/** Site-internal URLs, prefixed with the configured base path (the site may live under /hengyang/). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

export const reportHref = (slug: string, fragment?: string) => href(`reports/${slug}/${fragment ? `#${fragment}` : ''}`);
