/**
 * The entries of a report's end list of parallels as HTML, for
 * src/components/ParallelPassages.astro to place: written from one hast tree
 * rather than as Astro components, since on a corpus of near-copies the list
 * holds some twenty places per paragraph, each of which was several component
 * instances for Astro to render. The markup is what those components wrote,
 * byte for byte (compared on the Shigu and 2019 city reports when it moved).
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { figureRuns } from '../annotation/rehype-figure-nobr.ts';
import { href, reportHref } from '../core/url.ts';
import { type ParagraphParallels, type ParallelLink, parallelsAnchor } from './parallel-views.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });

/** Source text with each figure kept on one line, as FigureText.astro writes it. */
const figureText = (value: string): ElementContent[] => figureRuns(value).map((r) => (r.figure ? h('span.nobr', r.text) : text(r.text)));

const placeLink = (p: ParallelLink) =>
  h('a', { href: reportHref(p.doc, p.id) }, [...figureText(p.docTitle), text(` · ${p.section.at(-1) ?? ''}`)]);

function entry(item: ParagraphParallels, slug: string) {
  const rest = item.total - item.inFull - item.more.length;
  return h('details.parallels-item', [
    h('summary', `${item.section.at(-1) ?? '本文开头'}：${item.opening}（${item.total} 处）`),
    h('p.parallel-own', { id: parallelsAnchor(item.id) }, [h('a', { href: reportHref(slug, item.id) }, '本文此段')]),
    h(
      'ul',
      item.parallels.map((g) =>
        h('li', [
          ...g.places.map((p) =>
            h('p.parallel-source', [
              placeLink(p),
              text(' '),
              h('span.parallel-meta', figureText(`${p.date} · 相同字句占较短一段的 ${p.percent}%`)),
            ]),
          ),
          h(
            'p.parallel-text',
            g.segments.map((s) => (s.shared ? h('mark', s.text) : text(s.text))),
          ),
        ]),
      ),
    ),
    ...(item.more.length
      ? [
          h('p.parallel-more-hint', `另有 ${item.total - item.inFull} 处，按相同字句多少排列：`),
          h(
            'ul.parallel-more',
            item.more.map((p) => h('li', [placeLink(p), text(' '), h('span.parallel-meta', figureText(`${p.date} · ${p.percent}%`))])),
          ),
        ]
      : []),
    ...(rest > 0
      ? [h('p.parallel-more-hint', [text(`其余 ${rest} 处见`), h('a', { href: href('data/') }, '开放数据'), text('的 parallels.csv。')])]
      : []),
  ]);
}

export function parallelsEntriesHtml(items: ParagraphParallels[], slug: string): string {
  return toHtml(items.map((item) => entry(item, slug)));
}
