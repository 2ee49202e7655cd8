/**
 * The entries of a report's list of parallels as HTML, for its list page
 * (src/pages/reports/[slug]/parallels.astro) to place. Written as strings,
 * not as Astro components or a hast tree: on a corpus of near-copies the lists
 * hold some twenty places per paragraph and tens of MB in all, and building and
 * serialising a tree for them was most of what the parallels cost the build.
 * Every text goes through `escapeMarkup`; the same document titles and dates
 * recur in every entry, so their figure runs are worked out once.
 */
import { figureRuns } from '../annotation/rehype-figure-nobr.ts';
import { escapeMarkup } from '../core/escape-markup.ts';
import { href, reportHref } from '../core/url.ts';
import { type ParagraphParallels, type ParallelLink, parallelsAnchor } from './parallel-views.ts';

const figureHtml = new Map<string, string>();
/** Source text with each figure kept on one line (`span.nobr`), as FigureText.astro writes it. */
function figureText(value: string): string {
  let html = figureHtml.get(value);
  if (html === undefined) {
    html = figureRuns(value)
      .map((r) => (r.figure ? `<span class="nobr">${escapeMarkup(r.text)}</span>` : escapeMarkup(r.text)))
      .join('');
    figureHtml.set(value, html);
  }
  return html;
}

const placeLink = (p: ParallelLink) =>
  `<a href="${escapeMarkup(reportHref(p.doc, p.id))}">${figureText(p.docTitle)}${escapeMarkup(` · ${p.section.at(-1) ?? ''}`)}</a>`;

const meta = (text: string) => `<span class="parallel-meta">${figureText(text)}</span>`;

function entry(item: ParagraphParallels, slug: string): string {
  const rest = item.total - item.inFull - item.more.length;
  const inFull = item.parallels
    .map(
      (g) =>
        `<li>${g.places.map((p) => `<p class="parallel-source">${placeLink(p)} ${meta(`${p.date} · 相同字句占较短一段的 ${p.percent}%`)}</p>`).join('')}` +
        `<p class="parallel-text">${g.segments.map((s) => (s.shared ? `<mark>${escapeMarkup(s.text)}</mark>` : escapeMarkup(s.text))).join('')}</p></li>`,
    )
    .join('');
  const more = item.more.length
    ? `<p class="parallel-more-hint">另有 ${item.total - item.inFull} 处，按相同字句多少排列：</p>` +
      `<ul class="parallel-more">${item.more.map((p) => `<li>${placeLink(p)} ${meta(`${p.date} · ${p.percent}%`)}</li>`).join('')}</ul>`
    : '';
  const others =
    rest > 0
      ? `<p class="parallel-more-hint">其余 ${rest} 处见<a href="${escapeMarkup(href('data/'))}">开放数据</a>的 parallels.csv。</p>`
      : '';
  return (
    `<details class="parallels-item"><summary>${escapeMarkup(`${item.section.at(-1) ?? '本文开头'}：${item.opening}（${item.total} 处）`)}</summary>` +
    `<p class="parallel-own" id="${escapeMarkup(parallelsAnchor(item.id))}"><a href="${escapeMarkup(reportHref(slug, item.id))}">本文此段</a></p>` +
    `<ul>${inFull}</ul>${more}${others}</details>`
  );
}

export function parallelsEntriesHtml(items: ParagraphParallels[], slug: string): string {
  return items.map((item) => entry(item, slug)).join('');
}
