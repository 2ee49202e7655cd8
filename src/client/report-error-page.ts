/**
 * /report-error/: fills the error report with the page and paragraph the
 * reader came from, offers to copy it, and, where the site has a feedback
 * address that is a mail address, puts the report in the mail. The form reads
 * and can be copied by hand without this script.
 */
import { errorReportText, reportedPlace } from './error-report.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const form = document.querySelector<HTMLFormElement>('form.error-report');
const box = document.querySelector<HTMLTextAreaElement>('#error-report-text');
if (form && box) {
  const place = reportedPlace(location.search, document.referrer, location.origin, BASE);
  if (place.url) box.value = errorReportText(place);
  const status = form.querySelector<HTMLElement>('.error-report-status')!;
  const copy = form.querySelector<HTMLButtonElement>('.error-report-copy')!;
  copy.hidden = false;
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(box.value).then(
      () => (status.textContent = '已复制全文'),
      () => {
        box.select();
        status.textContent = '无法自动复制：全文已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制';
      },
    );
  });
  const send = form.querySelector<HTMLAnchorElement>('.error-report-send');
  const feedback = form.dataset.feedback ?? '';
  // A mail address gets the report as the mail's body, as the reader has edited it when they click.
  if (send && feedback.startsWith('mailto:')) {
    send.addEventListener('click', () => {
      const mail = new URL(feedback);
      mail.searchParams.set('subject', '衡阳报告注释本 · 错误报告');
      mail.searchParams.set('body', box.value);
      send.href = mail.toString().replaceAll('+', '%20');
    });
  }
}
