/** What the popover on a report page shows for a mention: every document and year that mentions the entity. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shortContext } from '../../index/sentences.ts';
import { mentionsOf, viewMention } from '../../views/mentions.ts';
import { site } from '../../views/site.ts';
import { href, quoteHref } from '../../core/url.ts';

export const getStaticPaths = (() =>
  site.entities.filter((e) => mentionsOf(site, 'entity', e.id).length > 0).map((e) => ({ params: { id: e.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const entity = site.entities.find((e) => e.id === params.id)!;
  const views = mentionsOf(site, 'entity', entity.id)
    .map((m) => viewMention(site, m))
    .sort((a, b) => a.sortKey - b.sortKey);
  // One line per other document is what the popover lists; the entity page has the rest.
  const firstPerDoc = views.filter((v, i) => views.findIndex((w) => w.doc.slug === v.doc.slug) === i);
  const body = {
    name: entity.name,
    kind: entity.kind,
    href: href(`entities/${entity.id}/`),
    total: views.length,
    mentions: firstPerDoc.map((v) => ({
      doc: v.doc.slug,
      docTitle: v.doc.display_title,
      year: v.period,
      badge: v.badge ?? '',
      context: shortContext(v.paragraph.text, v.mention.offset, v.mention.offset + v.mention.text.length),
      href: quoteHref(v.doc.slug, v.paragraph.id, v.mention.text),
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
