/**
 * The open datasets as static files: /data/<dataset>.csv and /data/<dataset>.json;
 * those a build stage writes itself (the parallels) are copied in after Astro.
 */
import type { APIRoute } from 'astro';
import { DATASETS, type Dataset, type PageDatasetId, isPageDataset } from '../../open-data/columns.ts';
import { datasetRows } from '../../open-data/rows.ts';
import { site } from '../../views/site.ts';
import { toCsv, toJson } from '../../open-data/serialize.ts';

export function getStaticPaths() {
  return DATASETS.filter(isPageDataset).flatMap((dataset) =>
    (['csv', 'json'] as const).map((format) => ({ params: { file: `${dataset.id}.${format}` }, props: { dataset, format } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { dataset, format } = props as { dataset: Dataset & { id: PageDatasetId }; format: 'csv' | 'json' };
  const rows = await datasetRows[dataset.id](site);
  // As UTF-8 bytes: a string body is first scanned whole for lone surrogates, which for a large dataset costs as much as encoding it.
  return new Response(Buffer.from(format === 'csv' ? toCsv(dataset, rows) : toJson(dataset, rows), 'utf8'));
};
