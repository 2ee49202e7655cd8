/**
 * The error report a reader fills in on /report-error/: which page and
 * paragraph, the words the site shows there, and blanks for what is wrong,
 * what it should be and the evidence. The page renders the blank form at
 * build time and fills it in the browser from the link that led there (the
 * ¶ popover passes the paragraph; any page's footer link leaves it to the
 * referrer). Everything taken from the address is bounded and used as text
 * only.
 */

/** Characters of the paragraph quoted in the report: enough to find it again, short enough for any address. */
export const MAX_QUOTE_CHARS = 120;
const MAX_TITLE_CHARS = 100;

export interface ReportedPlace {
  /** The page's title, if known. */
  title?: string;
  /** The page's full address, with the paragraph's anchor. */
  url?: string;
  /** The words the site shows there. */
  quote?: string;
}

const clip = (text: string, max: number) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}……` : chars.join('');
};

export function errorReportText({ title, url, quote }: ReportedPlace): string {
  return [
    '衡阳报告注释本 · 错误报告',
    '',
    `页面：${title ? clip(title, MAX_TITLE_CHARS) : ''}`,
    `网址：${url ?? '（请贴上出错页面的网址；某一段的网址可点按段末的“¶”，在“报告本段错误”处得到）'}`,
    ...(quote ? [`本站显示的文字：“${clip(quote, MAX_QUOTE_CHARS)}”`] : []),
    '',
    '哪里错了：',
    '应当是：',
    '依据（如原文的出处、页码或网址）：',
  ].join('\n');
}

/**
 * The place a report is about, read from the page's own address
 * (`?page=<path and anchor on this site>&title=…&quote=…`), else from the
 * referrer when it is a page of this site; anything else is ignored.
 */
export function reportedPlace(search: string, referrer: string, origin: string, base: string): ReportedPlace {
  const params = new URLSearchParams(search);
  const onSite = (value: string | null | undefined): string | undefined => {
    if (!value) return undefined;
    try {
      const url = new URL(value, origin);
      return url.origin === origin && url.pathname.startsWith(base) && !url.pathname.startsWith(`${base}report-error/`)
        ? url.toString()
        : undefined;
    } catch {
      return undefined;
    }
  };
  const url = onSite(params.get('page')) ?? onSite(referrer);
  if (!url) return {};
  const title = params.get('title') ?? undefined;
  const quote = params.get('quote') ?? undefined;
  return { url, ...(title ? { title } : {}), ...(quote ? { quote } : {}) };
}

/** Where the ¶ popover's "report" link points: this page's form, filled with the paragraph. */
export function reportLink(formPath: string, place: Required<ReportedPlace>): string {
  const params = new URLSearchParams({
    page: place.url,
    title: clip(place.title, MAX_TITLE_CHARS),
    quote: clip(place.quote, MAX_QUOTE_CHARS),
  });
  return `${formPath}?${params}`;
}
