/**
 * Report page enhancements; the page reads and navigates fully without them.
 * - Highlights the table-of-contents entry of the section being read.
 * - Turns the ¶ permalink into a citation popover: the paragraph cited in GB/T 7714-2015 and in an
 *   English style, with its anchor and today's access date; adds copy buttons to 引用本文.
 */
import { fragmentId } from './url-params.ts';

const article = document.querySelector<HTMLElement>('article.report');
const toc = document.querySelector<HTMLElement>('.toc');

if (article && toc) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(fragmentId(a.hash), a);
  const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id], h6[id]')].filter((h) => links.has(h.id));
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const passed = headings.filter((h) => h.getBoundingClientRect().top < 120).at(-1);
    const link = passed && links.get(passed.id);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (link) {
      link.setAttribute('aria-current', 'location');
      link.scrollIntoView({ block: 'nearest' });
    }
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
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
    const rect = link.getBoundingClientRect();
    popover.style.top = `${Math.max(8, Math.min(rect.bottom + 8, innerHeight - popover.offsetHeight - 8))}px`;
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
