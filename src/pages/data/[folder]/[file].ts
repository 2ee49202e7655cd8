/** A dataset split by its `parts` column: /data/sets/<set>.csv (targets of one set), /data/targets/<id>.csv (one target's figures). */
import type { APIRoute } from 'astro';
import { DATASETS, type Dataset, type Row, isPageDataset } from '../../../open-data/columns.ts';
import { datasetParts } from '../../../open-data/rows.ts';
import { site } from '../../../views/site.ts';
import { toCsv } from '../../../open-data/serialize.ts';

export async function getStaticPaths() {
  const paths = [];
  for (const dataset of DATASETS.filter(isPageDataset).filter((d) => d.parts)) {
    for (const [key, rows] of await datasetParts(site, dataset))
      paths.push({ params: { folder: dataset.parts!.folder, file: `${key}.csv` }, props: { dataset, rows } });
  }
  return paths;
}

export const GET: APIRoute = ({ props }) => {
  const { dataset, rows } = props as { dataset: Dataset; rows: Row[] };
  return new Response(toCsv(dataset, rows));
};
