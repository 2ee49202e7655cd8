/**
 * A Frictionless Data Package descriptor for the open data: every file, its
 * columns, the licences, the version and the date it was built, so the data
 * can be cited and loaded by tools that read datapackage.json. As the spec
 * asks: resource paths relative to the descriptor (it sits beside the CSV
 * files, so /data/ downloaded whole still loads), the encoding by its IANA
 * name (UTF-8 with a BOM is still UTF-8 to a reader), and a homepage only
 * when the site has a public address to give.
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE, VERSION } from '../../core/build-info.ts';
import { SITE_URL, absoluteUrl } from '../../core/site-url.ts';
import { href } from '../../core/url.ts';
import { DATASETS } from '../../open-data/columns.ts';
import { LICENCE_TEXT, SITE_LICENCE } from '../../open-data/licence.ts';

const TYPES = { text: 'string', number: 'number', integer: 'integer', boolean: 'boolean' } as const;

export const GET: APIRoute = () => {
  const homepage = absoluteUrl(href('data/'), SITE_URL);
  const descriptor = {
    name: 'hengyang-annotated-reports',
    title: '衡阳报告注释本 开放数据',
    version: VERSION,
    // RFC 3339 wants a time: the build's day at 00:00 UTC, the day alone so that a day's rebuilds stay identical.
    created: `${BUILD_DATE}T00:00:00Z`,
    ...(homepage ? { homepage } : {}),
    licenses: [{ name: SITE_LICENCE.name, path: SITE_LICENCE.path, title: SITE_LICENCE.title }],
    description: `${LICENCE_TEXT.site} ${LICENCE_TEXT.sources}`,
    resources: DATASETS.map((d) => ({
      name: d.id,
      title: d.title,
      description: d.description,
      path: `${d.id}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
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
