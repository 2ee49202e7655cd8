/** What every adapter reads: the loaded content, every document's paragraphs as the pages show them, the source texts. */
import { join, relative } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { Content } from '../data/content.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import type { ReviewItem } from './item.ts';

export interface ReviewContext {
  contentDir: string;
  root: string;
  content: Content;
  paragraphs: IndexedParagraph[];
  /** Each document's source text by slug, read once: a decision never changes a source. */
  texts: Map<string, string>;
}

/** A file as the loaders name it (content/targets/x.yaml), relative to content/. */
export const inContent = (ctx: ReviewContext, shown: string) => relative(ctx.contentDir, join(ctx.root, shown));

export function docTitle(ctx: ReviewContext, slug: string): string {
  const d = ctx.content.documents.documents.find((x) => x.slug === slug);
  return d?.display_title ?? d?.title ?? slug;
}

/** Every [start, end) of a string in a text. */
export function spansOf(text: string, found: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(found); found && at >= 0; at = text.indexOf(found, at + found.length)) spans.push([at, at + found.length]);
  return spans;
}

/** The paragraphs (not headings) that hold a string, in document order. */
export const paragraphsWith = (ctx: ReviewContext, found: string) => ctx.paragraphs.filter((p) => !p.heading && p.text.includes(found));

/** Where an item's name stands: its first paragraph, every occurrence there marked. */
export function placeOf(
  ctx: ReviewContext,
  name: string,
): Pick<ReviewItem, 'doc' | 'docTitle' | 'paragraph' | 'text' | 'highlights'> | undefined {
  const p = paragraphsWith(ctx, name)[0];
  return p && { doc: p.doc, docTitle: docTitle(ctx, p.doc), paragraph: p.id, text: p.text, highlights: spansOf(p.text, name) };
}

/** An id for a Chinese name, as the registries write theirs (四个意识 → si-ge-yi-shi); the reviewer may change it. */
export function pinyinSlug(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
