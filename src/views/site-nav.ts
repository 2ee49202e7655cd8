/** The site's sections, in nav order. Only sections that exist are listed: no dead links. */
export const siteNav = [
  { key: 'documents', label: '文件', path: '' },
  { key: 'glossary', label: '术语', path: 'glossary/' },
  { key: 'entities', label: '项目与指标', path: 'entities/' },
  { key: 'targets', label: '目标跟踪', path: 'targets/' },
  { key: 'search', label: '搜索', path: 'search/' },
  { key: 'about', label: '关于', path: 'about/' },
] as const;
