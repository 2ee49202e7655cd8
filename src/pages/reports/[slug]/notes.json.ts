/** A report's toggletip texts (src/views/report-notes.ts), fetched by its page's script. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportNotes } from '../../../views/report-notes.ts';
import { getReports, site } from '../../../views/site.ts';

export const getStaticPaths = (async () => (await getReports()).map((r) => ({ params: { slug: r.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(reportNotes(site, params.slug!)), { headers: { 'content-type': 'application/json' } });
