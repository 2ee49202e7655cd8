/**
 * The home page's list of documents gives each one's date with its figures on
 * one line (a date such as 2019年1月8日 is one span.nobr), as the title block,
 * the about page and the compare pages write it, so a phone never breaks
 * 2019年1月8⏎日.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../src/data/content.ts';
import { formatDate } from '../../src/views/format.ts';

const root = process.cwd();
const { documents } = loadDocuments(join(root, 'content'), root);

describe('the home page', () => {
  it('keeps every document date whole on one line', () => {
    const html = readFileSync(join('dist', 'index.html'), 'utf8');
    const facts = [...html.matchAll(/<p class="doc-facts"[^>]*>([\s\S]*?)<\/p>/gu)].map((m) => m[1]!);
    expect(facts).toHaveLength(documents.length);
    for (const d of documents) {
      const date = formatDate(d.date);
      const [figure] = date.match(/\d+(?:年\d+月\d+日|年\d+月|年)/u) ?? [];
      if (!figure) continue;
      expect(
        facts.some((f) => f.includes(`<span class="nobr">${figure}</span>`)),
        `${d.slug}: ${date}`,
      ).toBe(true);
    }
  });
});
