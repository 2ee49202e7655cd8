/** Each document's citation as files a reference manager imports: /cite/<slug>.bib, .ris and .json (CSL-JSON). */
import type { APIRoute } from 'astro';
import { documentCitations } from '../../citation/document-citations.ts';
import { reportHref } from '../../core/url.ts';
import { getReports, type Report } from '../../views/site.ts';

const FORMATS = { bib: 'bibtex', ris: 'ris', json: 'cslJson' } as const;

export async function getStaticPaths() {
  const reports = await getReports();
  return reports.flatMap((report) =>
    Object.keys(FORMATS).map((ext) => ({ params: { file: `${report.id}.${ext}` }, props: { report, ext } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { report, ext } = props as { report: Report; ext: keyof typeof FORMATS };
  const cite = documentCitations({ meta: report.data, front: report.data.front }, reportHref(report.id));
  return new Response(`${cite[FORMATS[ext]]}\n`);
};
