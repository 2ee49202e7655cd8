/**
 * Layout checks run in the page: sideways scrolling, figures split across
 * lines, and lines that start with closing punctuation (which Chinese
 * typography never allows). Lines are found from the rectangles of
 * characters (Range.getClientRects): a closing mark starts a line when it sits
 * lower than the character before it and to its left.
 */
import type { Page } from 'playwright-core';

export interface LayoutProblems {
  scrollsSideways: number;
  /** Text of each figure (.nobr, .figure, .status) that broke across lines. */
  wrappedFigures: string[];
  /** Each line starting with closing punctuation, with the characters before and after. */
  badLineStarts: string[];
}

export function layoutProblems(page: Page, scope = 'main'): Promise<LayoutProblems> {
  return page.evaluate((scope) => {
    const CLOSING = /[，。、；：！？）》」』】〕〉”’…,.;:!?)\]]/u;
    const root = document.querySelector(scope) ?? document.body;
    const badLineStarts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const rectOf = (node: Text, i: number): DOMRect | undefined => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      const r = rects[rects.length - 1];
      return r && r.width > 0 ? r : undefined;
    };
    // Only a closing mark can start a bad line, so only it and the characters before it are measured:
    // measuring every character of five reports at three widths took most of this check's time.
    let before: { node: Text; i: number }[] = [];
    let prevBlock: Element | null = null;
    let context = '';
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement!;
      if (!parent.checkVisibility() || parent.closest('svg, [popover], .visually-hidden, script, style')) continue;
      // Lines are compared within one block; a new paragraph or cell starts afresh.
      const block = parent.closest('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, figcaption, div, section');
      if (block !== prevBlock) {
        before = [];
        context = '';
        prevBlock = block;
      }
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (/\s|\u2060/u.test(ch)) continue;
        if (CLOSING.test(ch)) {
          const r = rectOf(node, i);
          // The nearest earlier character that takes room on the line.
          let prev: DOMRect | undefined;
          for (let k = before.length - 1; k >= 0 && !prev; k--) prev = rectOf(before[k]!.node, before[k]!.i);
          if (r && prev && r.top > prev.top + prev.height / 2 && r.left < prev.left)
            badLineStarts.push(`${context.slice(-8)}⏎${ch}${text.slice(i + 1, i + 6)}`);
        }
        before.push({ node, i });
        if (before.length > 8) before.shift();
        context += ch;
      }
    }
    const wrappedFigures = [...root.querySelectorAll<HTMLElement>('.nobr, .figure:not(.other), .status')]
      .filter((el) => {
        if (!el.checkVisibility()) return false;
        const rg = document.createRange();
        rg.selectNodeContents(el);
        // One line box per line: more than one distinct top means the figure broke.
        return new Set([...rg.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size > 1;
      })
      .map((el) => el.textContent ?? '');
    return { scrollsSideways: document.documentElement.scrollWidth - innerWidth, wrappedFigures, badLineStarts };
  }, scope);
}
