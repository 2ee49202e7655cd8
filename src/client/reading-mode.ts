/**
 * Reading mode: the report as plain text, without term and entity links or
 * target markers; remembered in localStorage and applied before first paint
 * (src/core/theme-init.ts). The links lose their href while it is on, so they
 * are text to the keyboard and to assistive technology too, not only to the eye.
 * Without JavaScript the page is the annotated text, which reads fully.
 */
const readingButton = document.querySelector<HTMLButtonElement>('.reading-toggle');
const htmlRoot = document.documentElement;
const annotations = () => document.querySelectorAll<HTMLAnchorElement>('.report-body a.term, .report-body a.entity');

function apply(plain: boolean) {
  if (plain) htmlRoot.dataset.reading = 'plain';
  else delete htmlRoot.dataset.reading;
  for (const a of annotations()) {
    if (plain && a.hasAttribute('href')) {
      a.dataset.href = a.getAttribute('href')!;
      a.removeAttribute('href');
    } else if (!plain && a.dataset.href) {
      a.setAttribute('href', a.dataset.href);
      delete a.dataset.href;
    }
  }
  readingButton?.setAttribute('aria-pressed', String(plain));
}

if (readingButton) {
  readingButton.hidden = false;
  apply(htmlRoot.dataset.reading === 'plain');
  readingButton.addEventListener('click', () => {
    const plain = htmlRoot.dataset.reading !== 'plain';
    apply(plain);
    try {
      localStorage.setItem('reading', plain ? 'plain' : 'annotated');
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  });
}
