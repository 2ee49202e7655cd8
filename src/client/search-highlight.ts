/**
 * On a page reached with words to show (?hl=…: from a search result, or from a
 * target, entity or project page quoting the paragraph): marks the words in
 * the paragraph the link points to (or the whole main text), also where they
 * run across a link or a figure, and brings the first one into view with the
 * heading of its section above it. Loaded only when the URL asks for it.
 */
import { fragmentId, highlightTerms } from './url-params.ts';
import { FURNITURE_SELECTOR } from '../zh/furniture.ts';

const terms = highlightTerms(location.search);
const id = fragmentId(location.hash);
const named = id ? document.getElementById(id) : null;
// An old id kept as an alias is an empty span at the start of the block it leads to.
const target = named?.classList.contains('anchor-alias') ? named.parentElement : named;
const scope = target ?? document.querySelector('main');

/** The source's text nodes under `root`: page furniture (markers, ¶, notes) is not the text and is never marked. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest(`${FURNITURE_SELECTOR}, [popover], mark`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps every occurrence of the terms (longest first) in <mark>, one per text node it crosses; returns the first of each. */
function markTerms(root: Element, words: string[]): HTMLElement[] {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const found: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    const word = words.find((w) => text.startsWith(w, i));
    if (word) found.push([i, i + word.length]);
    i += word ? word.length : 1;
  }
  const firsts: HTMLElement[] = [];
  // From the last match and the last node back, so splitting a node never moves an offset still to be used.
  for (const [from, to] of found.reverse()) {
    let first: HTMLElement | undefined;
    for (let k = nodes.length - 1; k >= 0; k--) {
      const node = nodes[k]!;
      const start = Math.max(from, starts[k]!) - starts[k]!;
      const end = Math.min(to, starts[k]! + node.data.length) - starts[k]!;
      if (start >= end) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
      first = mark;
    }
    if (first) firsts.unshift(first);
  }
  return firsts;
}

/** The heading of the section a block is in: the nearest one before it, looking out of a box if needed. */
function headingAbove(block: Element): HTMLElement | undefined {
  for (let el: Element | null = block; el && !el.matches('main, article'); el = el.parentElement)
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling)
      if (/^H[1-6]$/.test(prev.tagName)) return prev as HTMLElement;
  return undefined;
}

/** The heading at the top of the window when the quote fits below it, else the quote in the middle. */
function bringIntoView(mark: HTMLElement, heading: HTMLElement | undefined) {
  heading?.scrollIntoView({ block: 'start' });
  // Two frames: the blocks between heading and quote are laid out once they come near the screen.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const r = mark.getBoundingClientRect();
      if (!heading || r.top < 0 || r.bottom > innerHeight - 16) mark.scrollIntoView({ block: 'center' });
    }),
  );
}

if (terms.length && scope) {
  const first = markTerms(scope, terms)[0];
  // After load: until then the browser itself keeps the #fragment's paragraph at the top.
  if (first) {
    const heading = target ? headingAbove(target) : undefined;
    if (document.readyState === 'complete') bringIntoView(first, heading);
    else addEventListener('load', () => bringIntoView(first, heading), { once: true });
  }
}
