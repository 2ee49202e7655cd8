/**
 * Citations of a document and of one of its paragraphs, made by citation-js
 * from one CSL-JSON record per document: GB/T 7714-2015 (the China National
 * Standard style, numeric, without its list number), an English-style form
 * (APA, as citation-js bundles it, with the title romanised), BibTeX, RIS and CSL-JSON.
 *
 * The record, and why each field is what it is:
 * - responsible person: the speaker of a report, the author of an article,
 *   otherwise the issuing government;
 * - title as the document prints it, with its other title information (the
 *   "2019年1月8日在……会议上" line) after a colon, as GB/T 7714 writes 题名：其他题名信息;
 * - type: a work report or plan is a report, [R/OL]; a newspaper's write-up
 *   an article of that newspaper, [N/OL];
 * - place: the city named at the head of the issuer ("衡阳市……" → 衡阳);
 * - date: the exact date, or the estimated year (CSL's circa, which the
 *   style writes in brackets, as GB/T 7714 writes an estimated year);
 * - access date and URL: the page on this site; a paragraph's citation adds
 *   its anchor, never a search's ?hl= words.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { DocumentMeta } from '../data/documents-schema.ts';
import { GBT_STYLE, registerGbtStyle } from './csl-style.ts';
import { romanised } from './romanise.ts';
import { HAN } from '../zh/chars.ts';

/** The city an issuer names first: 衡阳 in 衡阳市人民政府. */
const CITY = new RegExp(`^(${HAN}{2,}?)市`, 'u');

registerGbtStyle();
// Chinese names and titles must survive into BibTeX, and the entry key is the document's slug.
Object.assign((plugins.config.get('@bibtex') as { format: object }).format, { asciiOnly: false, useIdAsLabel: true });

export interface CitedDocument {
  meta: Pick<DocumentMeta, 'slug' | 'kind' | 'issuer' | 'speaker' | 'author' | 'date'>;
  /** The document's own opening lines, as the title block shows them. */
  front: { role: string; text: string }[];
  /** Proper names (the registries' places) capitalised in the English citation's romanised title. */
  properNames?: readonly string[];
}

export interface CslItem {
  id: string;
  type: 'report' | 'article-newspaper';
  language: string;
  author: { literal: string }[];
  title: string;
  publisher?: string;
  'publisher-place'?: string;
  'container-title'?: string;
  issued: { 'date-parts': number[][]; circa?: true };
  accessed: { 'date-parts': number[][] };
  URL?: string;
}

/** "衡阳市石鼓区人民政府" → "衡阳": GB/T 7714's place of publication is the city. */
export function placeOf(issuer: string): string | undefined {
  return issuer.match(CITY)?.[1];
}

/** 题名：其他题名信息, from the title block's title and date lines. */
export function printedTitle(front: CitedDocument['front']): string {
  const title = front
    .filter((l) => l.role === 'title')
    .map((l) => l.text)
    .join('');
  const other = front.find((l) => l.role === 'date')?.text;
  return other ? `${title}：${other}` : title;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

export function cslItem(doc: CitedDocument, url: string | undefined, accessed: string): CslItem {
  const { meta } = doc;
  const person = meta.speaker ?? meta.author;
  const article = meta.kind === '报告解读';
  const place = placeOf(meta.issuer);
  return {
    id: meta.slug,
    type: article ? 'article-newspaper' : 'report',
    language: 'zh-CN',
    author: [{ literal: person?.name ?? meta.issuer }],
    title: printedTitle(doc.front),
    ...(article ? { 'container-title': meta.issuer } : { publisher: meta.issuer, ...(place ? { 'publisher-place': place } : {}) }),
    issued: 'exact' in meta.date ? dateParts(meta.date.exact) : { 'date-parts': [[meta.date.year]], circa: true },
    accessed: dateParts(accessed),
    ...(url ? { URL: url } : {}),
  };
}

/** A URL to cite: the page, with a paragraph's anchor, and without the query a search link adds. */
export function citationUrl(pageUrl: string, anchor?: string): string {
  const u = new URL(pageUrl);
  u.search = '';
  u.hash = anchor ?? '';
  return u.toString();
}

const bibliography = (item: object, template: string, lang: string) =>
  new Cite(item).format('bibliography', { format: 'text', template, lang }).trim();

/**
 * GB/T 7714-2015, without the "[1] " a numbered reference list puts first. An
 * estimated year goes in brackets, as the standard writes it; the style does so
 * for reports but not for newspapers, so it is given to the style as written.
 */
export function formatGbt(item: object): string {
  const issued = (item as Partial<CslItem>).issued;
  const dated = issued?.circa ? { ...item, issued: { literal: `[${issued['date-parts'][0]![0]}]` } } : item;
  return bibliography(dated, GBT_STYLE, 'zh-CN').replace(/^\[\d+\]\s*/, '');
}

/** APA, with the title's pinyin in brackets after it, as APA gives a title in a non-Latin script; `properNames` capitalised there. */
export function formatEnglish(item: object, properNames: readonly string[] = []): string {
  const { title } = item as Partial<CslItem>;
  return bibliography(title ? { ...item, title: `${title} [${romanised(title, properNames)}]` } : item, 'apa', 'en-US');
}

export const formatBibtex = (item: object): string => new Cite(item).format('bibtex', { format: 'text' }).trim();
export const formatRis = (item: object): string => new Cite(item).format('ris', { format: 'text' }).trim();
export const formatCslJson = (item: object): string => JSON.stringify([item], null, 2);
