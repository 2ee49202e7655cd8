/**
 * Blocks from an HTML tree (a saved web page's article, or the HTML mammoth
 * makes of a Word file): headings from h1–h6, and from the lone centred or
 * bold lines government sites set instead; paragraphs from block elements,
 * split at <br> (sites put several paragraphs in one <p> that way); list
 * items; tables. Bold inside a paragraph becomes `**…**`, the text path's
 * mark for it.
 */
import { type ImportedBlock, type Origin, headingByLook, tidy } from './imported.ts';

/** Elements that hold no text of the document. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'FORM',
  'HEAD',
  'IMG',
]);
/** Elements that start a block of their own. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
]);
const HEADING = /^H([1-6])$/;
const BOLD = new Set(['B', 'STRONG']);
const CENTRE = /text-align\s*:\s*center/i;

/** Marks set on a page before readability, which strips style attributes: the element's path and how it was set. */
export const PATH_ATTRIBUTE = 'data-hy-path';
export const LOOK_ATTRIBUTE = 'data-hy-look';

const isBlock = (node: Node): node is Element => node.nodeType === 1 && BLOCK.has((node as Element).tagName);

/** Centred by its own attribute or style, or by a <center> around it. */
export function isCentred(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (e.tagName === 'CENTER' || e.getAttribute('align')?.toLowerCase() === 'center' || CENTRE.test(e.getAttribute('style') ?? ''))
      return true;
    if (e !== el && !['DIV', 'SPAN', 'FONT'].includes(e.tagName)) return false;
  }
  return false;
}

/** All the text of the element sits in bold elements. */
export function isAllBold(el: Element): boolean {
  const all = tidy(el.textContent ?? '');
  if (!all) return false;
  let bold = '';
  const visit = (node: Node): void => {
    if (node.nodeType !== 1) return;
    if (BOLD.has((node as Element).tagName) || /font-weight\s*:\s*(bold|[6-9]00)/i.test((node as Element).getAttribute('style') ?? '')) {
      bold += node.textContent ?? '';
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(el);
  return tidy(bold).replace(/\s/g, '') === all.replace(/\s/g, '');
}

/** The element's inline text, bold runs marked, split at <br>. */
function inlineRuns(nodes: Iterable<Node>, markBold: boolean): string[] {
  const runs: string[] = [''];
  const visit = (node: Node, bold: boolean): void => {
    if (node.nodeType === 3) runs[runs.length - 1] += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP.has(el.tagName)) return;
      if (el.tagName === 'BR') {
        runs.push('');
        return;
      }
      const b = !bold && markBold && BOLD.has(el.tagName) && tidy(el.textContent ?? '') !== '';
      if (b) runs[runs.length - 1] += '**';
      el.childNodes.forEach((c) => visit(c, bold || b));
      if (b) runs[runs.length - 1] += '**';
    }
  };
  for (const n of nodes) visit(n, false);
  // Bold markers never enclose the spaces at a run's ends ("** 一、**" would not read as bold).
  return runs
    .map((r) =>
      tidy(
        r
          .replace(/\*\*(\s*)\*\*/g, '$1')
          .replace(/\*\*(\s+)/g, '$1**')
          .replace(/(\s+)\*\*/g, '**$1'),
      ),
    )
    .filter((r) => r.replace(/\*/g, '') !== '');
}

export interface WalkOptions {
  /** Where a block is in the original file. */
  originOf: (el: Element) => Origin;
}

/** The blocks of `root`, in document order. */
export function domBlocks(root: Element, { originOf }: WalkOptions): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  /** The list item being read, if any: its text blocks are items of its list. */
  let item: { ordered: boolean; list: number } | undefined;
  const listNumbers = new Map<Element, number>();
  const textBlock = (el: Element, nodes: Node[]) => {
    const origin = originOf(el);
    const look = el.getAttribute(LOOK_ATTRIBUTE) ?? (isCentred(el) ? 'centre' : isAllBold(el) ? 'bold' : undefined);
    const runs = inlineRuns(nodes, true);
    for (const run of runs) {
      const plain = run.replace(/\*\*/g, '');
      const text = look === 'bold' ? plain : run;
      // A lone short line set centred or all in bold is how these sites mark a heading.
      if (!item && look && runs.length === 1 && headingByLook(plain)) blocks.push({ type: 'heading', text: plain, origin });
      else if (item) blocks.push({ type: 'item', text, origin, ...item });
      else blocks.push({ type: 'paragraph', text, origin });
    }
  };
  const visit = (el: Element): void => {
    if (SKIP.has(el.tagName) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    const heading = HEADING.exec(el.tagName);
    if (heading) {
      const text = tidy(inlineRuns(el.childNodes, false).join(' '));
      if (text) blocks.push({ type: 'heading', level: Number(heading[1]), text, origin: originOf(el) });
      return;
    }
    if (el.tagName === 'TABLE') {
      const table = tableBlock(el, originOf(el));
      if (table) blocks.push(table);
      return;
    }
    const outer = item;
    if (el.tagName === 'LI') {
      const list = el.parentElement;
      if (list && !listNumbers.has(list)) listNumbers.set(list, listNumbers.size + 1);
      item = { ordered: list?.tagName === 'OL', list: list ? listNumbers.get(list)! : 0 };
    }
    const children = [...el.childNodes];
    if (!children.some(isBlock)) {
      if (el.tagName !== 'HR') textBlock(el, children);
      item = outer;
      return;
    }
    // Inline runs between the blocks of a container are paragraphs of their own.
    let run: Node[] = [];
    const flush = () => {
      if (run.length) textBlock(el, run);
      run = [];
    };
    for (const child of children) {
      if (isBlock(child)) {
        flush();
        visit(child);
      } else run.push(child);
    }
    flush();
    item = outer;
  };
  visit(root);
  return blocks;
}

/** A table's rows of cell texts; its header rows (in <thead>, or leading rows of <th> only) and its <caption>. */
function tableBlock(el: Element, origin: Origin): ImportedBlock | undefined {
  const cellText = (c: Element) => tidy(inlineRuns(c.childNodes, false).join(' '));
  const trs = [...el.querySelectorAll('tr')].filter((tr) => tr.closest('table') === el);
  const rows = trs.map((tr) => [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
  const kept = rows.flatMap((cells, i) => (cells.some((c) => cellText(c) !== '') ? [{ cells, tr: trs[i]! }] : []));
  if (!kept.length) return undefined;
  let headerRows = 0;
  while (
    headerRows < kept.length - 1 &&
    (kept[headerRows]!.tr.parentElement?.tagName === 'THEAD' || kept[headerRows]!.cells.every((c) => c.tagName === 'TH'))
  )
    headerRows++;
  const captionEl = [...el.children].find((c) => c.tagName === 'CAPTION');
  const caption = captionEl ? cellText(captionEl) : '';
  // Merged cells, as the file sets them (mammoth writes Word's as colspan and rowspan).
  const count = (c: Element, name: string) => Math.max(1, Number.parseInt(c.getAttribute(name) ?? '1', 10) || 1);
  const spans = kept.flatMap(({ cells }, row) =>
    cells.flatMap((c, cell) => {
      const [rows, cols] = [count(c, 'rowspan'), count(c, 'colspan')];
      return rows > 1 || cols > 1 ? [{ row, cell, rows, cols }] : [];
    }),
  );
  return {
    type: 'table',
    rows: kept.map(({ cells }) => cells.map(cellText)),
    headerRows,
    ...(caption ? { caption } : {}),
    ...(spans.length ? { spans } : {}),
    origin,
  };
}

/** `body > div:nth-of-type(2) > p:nth-of-type(3)`: the element's place in its page. */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.tagName !== 'HTML'; e = e.parentElement) {
    const parent = e.parentElement;
    const tag = e.tagName.toLowerCase();
    const same = parent ? [...parent.children].filter((c) => c.tagName === e.tagName) : [e];
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(e) + 1})` : tag);
  }
  return parts.join(' > ');
}
