/**
 * Report page enhancements; the page reads and navigates fully without them.
 * - Highlights the table-of-contents entry of the section being read.
 * - Turns the ¶ permalink into a citation popover (document, section, paragraph, URL).
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
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  update();
}

const popover = document.querySelector<HTMLElement>('#cite-popover');
if (article && popover) {
  const text = popover.querySelector<HTMLElement>('.cite-text')!;
  const copy = popover.querySelector<HTMLButtonElement>('.cite-copy')!;
  const status = popover.querySelector<HTMLElement>('.cite-status')!;

  /** The headings above a paragraph, outermost first ("一、2018年工作回顾 › （一）…"). */
  const sectionPath = (p: HTMLElement): string[] => {
    const path: HTMLElement[] = [];
    const all = [...article.querySelectorAll<HTMLElement>('.report-body :is(h2,h3,h4,h5,h6)')];
    for (const h of all) {
      if (h.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING) {
        const level = Number(h.tagName[1]);
        while (path.length && Number(path.at(-1)!.tagName[1]) >= level) path.pop();
        path.push(h);
      }
    }
    return path.map((h) => h.textContent!.trim());
  };

  article.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.para-link');
    if (!link) return;
    event.preventDefault();
    const p = link.parentElement!;
    history.replaceState(null, '', `#${p.id}`);
    const number = p.id.match(/-p(\d+)$/)?.[1];
    const url = location.href;
    const { docTitle, docIssuer, docDate } = article.dataset;
    const section = sectionPath(p).join(' › ');
    text.textContent = `${docIssuer}：《${docTitle}》（${docDate}），${section ? `${section}，` : ''}第${number}段。${url}`;
    status.textContent = '';
    popover.showPopover();
    const rect = link.getBoundingClientRect();
    popover.style.top = `${Math.min(rect.bottom + 8, innerHeight - popover.offsetHeight - 8)}px`;
    copy.focus();
  });

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      status.textContent = '已复制';
    } catch {
      status.textContent = '无法自动复制，请选中上方文字复制';
    }
  });
}
