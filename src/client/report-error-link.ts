/**
 * The ¶ popover's "报告本段错误" link: points it at /report-error/ with the
 * paragraph cited (its address, the document's title and its words as the
 * page shows them, without the site's ¶ and badges), so the report arrives
 * filled in. Without this script the link opens the blank form.
 */
import { reportLink } from './error-report.ts';

const article = document.querySelector<HTMLElement>('article.report');
const link = document.querySelector<HTMLAnchorElement>('#cite-popover a.cite-report-error');
if (article && link) {
  const form = link.pathname;
  article.addEventListener('click', (event) => {
    const permalink = (event.target as Element).closest<HTMLAnchorElement>('a.para-link');
    const p = permalink?.parentElement;
    if (!p?.id) return;
    const words = p.cloneNode(true) as HTMLElement;
    for (const added of words.querySelectorAll('[data-chrome], .para-link, [aria-hidden="true"]')) added.remove();
    link.href = reportLink(form, {
      url: `${location.origin}${location.pathname}#${p.id}`,
      title: article.dataset.docTitle ?? document.title,
      quote: words.textContent ?? '',
    });
  });
}
