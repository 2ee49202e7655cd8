/**
 * On a page reached from a search result (?hl=…): marks the searched words in
 * the paragraph the result points to (or the whole main text) and scrolls the
 * first one into view. Loaded only when the URL asks for it.
 */
import { fragmentId, highlightTerms } from './url-params.ts';
import { FURNITURE_SELECTOR } from '../zh/furniture.ts';

const terms = highlightTerms(location.search);
const id = fragmentId(location.hash);
const target = id ? document.getElementById(id) : null;
// An old id kept as an alias is an empty span at the start of the block it leads to.
const scope = (target?.classList.contains('anchor-alias') ? target.parentElement : target) || document.querySelector('main');

if (terms.length && scope) {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(`${FURNITURE_SELECTOR}, mark`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let plain = '';
    for (let i = 0; i < text.length;) {
      const term = terms.find((t) => text.startsWith(t, i));
      if (term) {
        if (plain) parts.push(plain);
        plain = '';
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = term;
        parts.push(mark);
        i += term.length;
      } else {
        plain += text[i];
        i += 1;
      }
    }
    if (parts.length) {
      if (plain) parts.push(plain);
      node.replaceWith(...parts);
    }
  }
  scope.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
