/**
 * Report page enhancements; the page reads and navigates fully without them.
 * - Highlights the table-of-contents entry of the section being read.
 * - Turns the ¶ permalink into a citation popover: the paragraph cited in GB/T 7714-2015 and in an
 *   English style, with its anchor and today's access date; adds copy buttons to 引用本文.
 */
import { fragmentId } from './url-params.ts';

/** A heading this far from the top of the window, or higher, is the one being read. */
const READING_LINE = 120;

const article = document.querySelector<HTMLElement>('article.report');
const toc = document.querySelector<HTMLElement>('.toc');

if (article && toc) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(fragmentId(a.hash), a);
  const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id], h6[id]')].filter((h) => links.has(h.id));
  let current: HTMLAnchorElement | undefined;
  /** The last heading above the reading line, by bisection: headings are in page order, so a few positions are read, not hundreds. */
  const passed = () => {
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]!.getBoundingClientRect().top < READING_LINE) lo = mid + 1;
      else hi = mid;
    }
    return headings[lo - 1];
  };
  const update = () => {
    const heading = passed();
    const link = heading && links.get(heading.id);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    // Only the sidebar's own scroll moves: scrolling the page here would pull a phone reader back to the list.
    if (toc.scrollHeight <= toc.clientHeight) return;
    const box = toc.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    if (at.top < box.top) toc.scrollTop -= box.top - at.top + 8;
    else if (at.bottom > box.bottom) toc.scrollTop += at.bottom - box.bottom + 8;
  };
  let queued = false;
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  addEventListener('scroll', queue, { passive: true });
  queue();
}

/**
 * The citation goes below the paragraph it cites, or above it, never over it; where neither has room the page
 * scrolls the paragraph up until the citation fits below it (a paragraph taller than that stays partly covered).
 */
function placeBeside(note: HTMLElement, paragraph: HTMLElement) {
  const gap = 8;
  const height = note.offsetHeight;
  let r = paragraph.getBoundingClientRect();
  if (r.bottom + gap + height > innerHeight - gap && r.top - gap - height < gap) {
    scrollBy(0, Math.min(r.top - gap, r.bottom + 2 * gap + height - innerHeight));
    r = paragraph.getBoundingClientRect();
  }
  const below = r.bottom + gap;
  const above = r.top - gap - height;
  const top = below + height <= innerHeight - gap ? below : above >= gap ? above : innerHeight - height - gap;
  note.style.top = `${Math.max(gap, top)}px`;
}

const popover = document.querySelector<HTMLElement>('#cite-popover');
const citeData = JSON.parse(document.getElementById('cite-data')?.textContent ?? 'null') as {
  token: string;
  url: string | null;
  accessed: string;
  gbt: string;
  english: string;
} | null;
if (article && popover && citeData) {
  const status = popover.querySelector<HTMLElement>('.cite-status')!;
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  /** The citation templates with the page's URL (the configured one, else this address; any ?hl= dropped), the anchor, and today as the access date. */
  const fill = (template: string, anchor: string) => {
    const url = new URL(citeData.url ?? location.href);
    url.search = '';
    url.hash = anchor;
    return template.replaceAll(citeData.token, url.toString()).replaceAll(`[${citeData.accessed}]`, `[${today()}]`);
  };

  article.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.para-link');
    if (!link) return;
    event.preventDefault();
    const p = link.parentElement!;
    history.replaceState(null, '', `${location.pathname}#${p.id}`);
    for (const key of ['gbt', 'english'] as const)
      popover.querySelector<HTMLElement>(`[data-cite="${key}"]`)!.textContent = fill(citeData[key], p.id);
    status.textContent = '';
    popover.showPopover();
    placeBeside(popover, p);
    popover.querySelector<HTMLButtonElement>('.cite-copy')!.focus();
  });

  // The document's own citation below the text gets the reader's access date, and copy buttons.
  for (const key of ['gbt', 'english'] as const) {
    const shown = document.querySelector<HTMLElement>(`.cite-block [data-cite="${key}"]`);
    if (shown) shown.textContent = fill(citeData[key], '');
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.cite-copy');
    if (!button) return;
    const scope = button.closest('#cite-popover, .cite-block')!;
    const text = scope.querySelector<HTMLElement>(`[data-cite="${button.dataset.copy}"]`)?.textContent ?? '';
    const say = scope.querySelector<HTMLElement>('.cite-status');
    navigator.clipboard.writeText(text).then(
      () => say && (say.textContent = '已复制'),
      () => say && (say.textContent = '无法自动复制，请选中上方文字复制'),
    );
  });
  for (const block of document.querySelectorAll<HTMLElement>('.cite-block')) {
    for (const key of ['gbt', 'english'] as const) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'cite-copy';
      b.dataset.copy = key;
      b.textContent = key === 'gbt' ? '复制 GB/T 7714 引用' : 'Copy English citation';
      if (key === 'english') b.lang = 'en';
      block.querySelector(`[data-cite="${key}"]`)!.after(b);
    }
    const say = document.createElement('p');
    say.className = 'cite-status';
    say.setAttribute('role', 'status');
    block.querySelector('.cite-files')!.before(say);
  }
}
