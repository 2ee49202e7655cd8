/**
 * Running heads for printing a report, /print/<slug>.css: the document's title
 * at the top of every page, its URL and the page number at the foot, in the
 * page margins (@page margin boxes), so they never overlap the text. A file
 * per document rather than an inline style, which the Content-Security-Policy
 * would refuse.
 */
import type { APIRoute } from 'astro';
import { SITE_URL, absoluteUrl } from '../../core/site-url.ts';
import { reportHref } from '../../core/url.ts';
import { getReports, type Report } from '../../views/site.ts';

/** A CSS string literal: only the backslash, the quote and line ends need escaping. */
const cssString = (s: string) =>
  `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]/g, ' ')}"`;

export async function getStaticPaths() {
  const reports = await getReports();
  return reports.map((report) => ({ params: { file: `${report.id}.css` }, props: { report } }));
}

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: Report };
  const url = absoluteUrl(reportHref(report.id), SITE_URL);
  const css = `@page {
  @top-center { content: ${cssString(report.data.display_title)}; }
${url ? `  @bottom-left { content: ${cssString(url)}; }\n` : ''}}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
