/**
 * Words over time on the built glossary and entity pages: the first and last
 * appearance name each document with its year as the site knows it, so a year
 * the site inferred (a text that gives no date) reads 约2021年, never as a
 * printed date.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../src/data/content.ts';
import { formatYear } from '../../src/views/format.ts';

const root = process.cwd();
const { documents } = loadDocuments(join(root, 'content'), root);

function spans(section: string): { page: string; text: string }[] {
  const dir = join('dist', section);
  return readdirSync(dir)
    .map((name) => join(dir, name, 'index.html'))
    .filter((page) => existsSync(page))
    .flatMap((page) => {
      const m = /<p class="entry-span">([\s\S]*?)<\/p>/u.exec(readFileSync(page, 'utf8'));
      return m ? [{ page, text: m[1]!.replace(/<[^>]+>/gu, '').replace(/\s+/gu, '') }] : [];
    });
}

describe('first and last appearance', () => {
  it.each(['glossary', 'entities'])('on the %s pages give each document’s year as the site knows it', (section) => {
    const found = spans(section);
    expect(found.length).toBeGreaterThan(20);
    let approximate = 0;
    for (const { page, text } of found) {
      const named = documents.filter((d) => text.includes(d.display_title.replace(/\s+/gu, '')));
      expect(named.length, page).toBeGreaterThan(0);
      for (const d of named) {
        expect(text, page).toContain(`${d.display_title.replace(/\s+/gu, '')}（${formatYear(d.date)}）`);
        if (!('exact' in d.date)) approximate++;
      }
    }
    expect(approximate).toBeGreaterThan(0);
  });
});
