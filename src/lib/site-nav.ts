/** The site's sections, in nav order. Only sections that exist are listed: no dead links. */
export const siteNav = [{ key: 'documents', label: '文件', path: '' }] as const;
