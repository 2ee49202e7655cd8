/**
 * Layout checks run in the page: sideways scrolling, figures split across
 * lines, and lines that start with closing punctuation (which Chinese
 * typography never allows) or with the dash of a figure's range ("2016⏎—2020年").
 * Lines are found from the rectangles of characters (Range.getClientRects): a
 * mark starts a line when it sits lower than the character before it and to
 * its left. Popovers are left out unless the scope is one (an open note).
 */
import type { Page } from 'playwright-core';

export interface LayoutProblems {
  scrollsSideways: number;
  /** Text of each figure (.nobr, .figure, .status) that broke across lines. */
  wrappedFigures: string[];
  /** Each line starting with closing punctuation or a figure's dash, with the characters before and after. */
  badLineStarts: string[];
}

export function layoutProblems(page: Page, scope = 'main'): Promise<LayoutProblems> {
  return page.evaluate((scope) => {
    const CLOSING = /[，。、；：！？）》」』】〕〉”’…,.;:!?)\]]/u;
    const RANGE_DASH = /[—–~～-]/u;
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
    // The box a line belongs to: the nearest ancestor that is not inline (a note's meta line is a block <span>).
    const blocks = new Map<Element, Element>();
    const blockOf = (el: Element): Element => {
      let found = blocks.get(el);
      if (!found) {
        found = el === root || !getComputedStyle(el).display.startsWith('inline') || !el.parentElement ? el : blockOf(el.parentElement);
        blocks.set(el, found);
      }
      return found;
    };
    let prevBlock: Element | null = null;
    let context = '';
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement!;
      if (!parent.checkVisibility() || parent.closest('svg, .visually-hidden, script, style')) continue;
      const popover = parent.closest('[popover]');
      if (popover && !popover.contains(root)) continue;
      // Lines are compared within one block; a new paragraph or cell starts afresh.
      const block = blockOf(parent);
      if (block !== prevBlock) {
        before = [];
        context = '';
        prevBlock = block;
      }
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (/\s|\u2060/u.test(ch)) continue;
        const afterDigit = /\d/u.test(context.at(-1) ?? '');
        if (CLOSING.test(ch) || (RANGE_DASH.test(ch) && afterDigit)) {
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

/** Lines of the elements `selector` names that break inside a word (`加快实⏎现`), or leave a ¶ or # alone on a line. */
export function breaksInsideWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const range = document.createRange();
    for (const h of document.querySelectorAll<HTMLElement>(selector)) {
      // Each character of the heading's own text with the top of its line.
      const chars: { ch: string; top: number }[] = [];
      // Where the page offers a break between words (<wbr>).
      const wordBreaks = new Set<number>();
      const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      while (walker.nextNode()) {
        if (walker.currentNode.nodeName === 'WBR') wordBreaks.add(chars.length);
        if (walker.currentNode.nodeType !== Node.TEXT_NODE) continue;
        const node = walker.currentNode as Text;
        for (let i = 0; i < node.data.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          chars.push({ ch: node.data[i]!, top: Math.round(range.getBoundingClientRect().top) });
        }
      }
      const text = chars.map((c) => c.ch).join('');
      for (let i = 1; i < chars.length; i++)
        if (chars[i]!.top > chars[i - 1]!.top + 4 && !/[\s\p{P}]/u.test(text[i - 1]! + text[i]!) && !wordBreaks.has(i))
          found.push(`${text.slice(0, i)}⏎${text.slice(i)}`);
      const link = h.querySelector('.heading-link');
      if (link && chars.length && link.getBoundingClientRect().top > chars.at(-1)!.top + 4) found.push(`${text}⏎#`);
    }
    return found;
  }, selector);
}
