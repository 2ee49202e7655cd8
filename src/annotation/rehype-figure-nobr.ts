/**
 * Keeps each figure with its unit on one line: a run such as "2019年1月8日",
 * "1.57万亿元", "11:45:44", "2016—2020年" or "50%" becomes
 * <span class="nobr"> (white-space: nowrap), so a narrow screen never shows
 * "202" at the end of a line and "0年" at the start of the next. Only the
 * markup changes; every character stays where it was. Runs over the text of
 * report paragraphs, headings, list items and table cells, leaving page
 * furniture (data-chrome) alone.
 */
import type { ElementContent, Root, Text } from 'hast';
import { unitPattern } from '../zh/units.ts';
import { replaceTextWithin } from './replace-text-within.ts';

const NUMBER = String.raw`\d+(?:[.,:：]\d+)*`;
const PART = `${NUMBER}(?:[—–~～-]${NUMBER})?[多余]?(?:${unitPattern()})?`;
/** One or more figures written together ("2019年1月8日"); a lone digit cannot break, so runs of one character are left alone. */
export const FIGURE = new RegExp(`(?:${PART})+`, 'gu');

/** A text cut into figures and the text between them, for pages that render source text outside the report pipeline. */
export function figureRuns(text: string): { text: string; figure: boolean }[] {
  const runs: { text: string; figure: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(FIGURE)) {
    if (m[0].length < 2) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), figure: false });
    runs.push({ text: m[0], figure: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), figure: false });
  return runs;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dd', 'figcaption']);

function wrap(text: Text): ElementContent[] {
  const runs = figureRuns(text.value);
  if (!runs.some((r) => r.figure)) return [text];
  return runs.map((r) =>
    r.figure
      ? { type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: [{ type: 'text', value: r.text }] }
      : { type: 'text', value: r.text },
  );
}

export function rehypeFigureNobr() {
  return (tree: Root) => replaceTextWithin(tree, { within: BLOCKS, replace: wrap });
}
