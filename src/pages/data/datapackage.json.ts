/**
 * A Frictionless Data Package descriptor for the open data: every file, its
 * columns, the licences, the version and the date it was built, so the data
 * can be cited and loaded by tools that read datapackage.json.
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE, VERSION } from '../../core/build-info.ts';
import { absoluteUrl } from '../../core/site-url.ts';
import { href } from '../../core/url.ts';
import { DATASETS } from '../../open-data/columns.ts';
import { LICENCE_TEXT, SITE_LICENCE } from '../../open-data/licence.ts';

const TYPES = { text: 'string', number: 'number', integer: 'integer', boolean: 'boolean' } as const;

export const GET: APIRoute = () => {
  const url = (path: string) => absoluteUrl(href(path)) ?? href(path);
  const descriptor = {
    name: 'hengyang-annotated-reports',
    title: '衡阳报告注释本 开放数据',
    version: VERSION,
    created: BUILD_DATE,
    homepage: url('data/'),
    licenses: [{ name: SITE_LICENCE.name, path: SITE_LICENCE.path, title: SITE_LICENCE.title }],
    description: `${LICENCE_TEXT.site} ${LICENCE_TEXT.sources}`,
    resources: DATASETS.map((d) => ({
      name: d.id,
      title: d.title,
      description: d.description,
      path: url(`data/${d.id}.csv`),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      schema: {
        fields: d.columns.map((c) => ({
          name: c.name,
          type: TYPES[c.type],
          description: c.description,
          constraints: { required: !c.optional },
        })),
      },
    })),
  };
  return new Response(`${JSON.stringify(descriptor, null, 1)}\n`);
};
