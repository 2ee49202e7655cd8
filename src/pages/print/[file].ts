/**
 * Running heads for printing a report, /print/<slug>.css (`printStylesheet`).
 * A file per document rather than an inline style, which the
 * Content-Security-Policy would refuse.
 */
import type { APIRoute } from 'astro';
import { SITE_URL, absoluteUrl } from '../../core/site-url.ts';
import { reportHref } from '../../core/url.ts';
import { printStylesheet } from '../../views/print-stylesheet.ts';
import { getReports, type Report } from '../../views/site.ts';

export async function getStaticPaths() {
  const reports = await getReports();
  return reports.map((report) => ({ params: { file: `${report.id}.css` }, props: { report } }));
}

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: Report };
  const css = printStylesheet(report.data.display_title, absoluteUrl(reportHref(report.id), SITE_URL));
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
