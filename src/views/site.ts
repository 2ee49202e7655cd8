/**
 * The pages' one way in to the site data: the Astro run reads
 * .generated/site.json (written by the build's annotate stage) once, and pages
 * pass it to the view models, which are pure functions of it. Also the report
 * collection, in reading order, and each report's rendered body.
 */
import { join } from 'node:path';
import { type CollectionEntry, getCollection } from 'astro:content';
import { readSiteData } from '../data/site-data.ts';
import { readRendered, type StoredReport } from '../annotation/report-pipeline.ts';
import { RENDERED_DIR, SITE_DATA_FILE } from '../pipeline/write-site-data.ts';
import { readParallels } from '../parallels/store.ts';
import { readStageDataCounts } from '../open-data/parallels-data.ts';

const generated = join(process.cwd(), '.generated');

export const site = readSiteData(join(generated, SITE_DATA_FILE));

/** Parallel passages across the documents, as the build's parallels stage found them. */
export const parallels = readParallels(generated);

/** Row counts of the open datasets a build stage wrote, which the open-data page shows (src/open-data/parallels-data.ts). */
export const stageDataCounts = () => readStageDataCounts(generated);

export type Report = CollectionEntry<'reports'>;

/** By the period a document reviews, oldest first. */
export async function getReports(): Promise<Report[]> {
  const all = await getCollection('reports');
  return all.sort((a, b) => a.data.reviews.to - b.data.reviews.to || a.data.reviews.from - b.data.reviews.from || a.id.localeCompare(b.id));
}

/** A report's body and headings as the annotate stage rendered them from its MDX, read when its page is rendered. */
export function readReportBody(report: Report): StoredReport {
  // The report loader (src/pipeline/report-loader.ts) always sets filePath, relative to the project root.
  return readRendered(
    join(generated, RENDERED_DIR),
    join(process.cwd(), report.filePath ?? join('.generated', 'reports', `${report.id}.mdx`)),
  );
}
