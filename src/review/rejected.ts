/** The review's own rejections file (content/review/rejected.yaml), read and checked like every data file. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, loadYaml } from '../data/load-yaml.ts';
import { REVIEW_REJECTED, type ReviewRejected, reviewRejectedSchema } from '../data/review-schema.ts';
import { findQuote } from '../index/find-quote.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';

/** Its entries, each quote standing in exactly one paragraph of its document; none when the file does not exist yet. */
export function loadReviewRejected(contentDir: string, root: string, paragraphs: IndexedParagraph[]): ReviewRejected[] {
  const path = join(contentDir, REVIEW_REJECTED);
  if (!existsSync(path)) return [];
  const shown = `content/${REVIEW_REJECTED}`;
  const { data, lineOf } = loadYaml(path, reviewRejectedSchema, shown, root);
  data.forEach((r, i) => {
    const found = findQuote(paragraphs, r.doc, r.quote);
    if ('error' in found) throw new DataError(shown, lineOf([i, 'quote']), `entry ${i + 1}, field "quote": ${found.error}`);
  });
  return data;
}
