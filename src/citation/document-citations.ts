/**
 * What a report page shows under 引用本文, and the templates its script
 * turns into a paragraph's citation: the same record with the paragraph's
 * anchor in the URL and the reader's date as the access date.
 */
import { BUILD_DATE } from '../core/build-info.ts';
import { SITE_URL, absoluteUrl } from '../core/site-url.ts';
import { type CitedDocument, citationUrl, cslItem, formatBibtex, formatCslJson, formatEnglish, formatGbt, formatRis } from './cite.ts';

/** Stands for the cited URL in a template; the page's script puts the real one in. */
export const URL_TOKEN = 'https://url.invalid/';

export interface DocumentCitations {
  /** Absolute URL of the page, or undefined when no site URL is configured. */
  url: string | undefined;
  accessed: string;
  gbt: string;
  english: string;
  bibtex: string;
  ris: string;
  cslJson: string;
  /** GB/T 7714 and English forms with URL_TOKEN for the URL and `accessed` as the access date. */
  template: { gbt: string; english: string };
}

export function documentCitations(doc: CitedDocument, pagePath: string, site: URL | undefined = SITE_URL): DocumentCitations {
  const page = absoluteUrl(pagePath, site);
  const url = page && citationUrl(page);
  const item = cslItem(doc, url, BUILD_DATE);
  const template = cslItem(doc, URL_TOKEN, BUILD_DATE);
  return {
    url,
    accessed: BUILD_DATE,
    gbt: formatGbt(item),
    english: formatEnglish(item, doc.properNames),
    bibtex: formatBibtex(item),
    ris: formatRis(item),
    cslJson: formatCslJson(item),
    template: { gbt: formatGbt(template), english: formatEnglish(template, doc.properNames) },
  };
}
