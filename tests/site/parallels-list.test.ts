/**
 * Each report's parallels as the built site carries them: the report page has
 * the paragraphs' markers and a link to its list of parallels, a page of its
 * own, but not the entries, which made report pages several times larger on a
 * corpus of near-copies; every marker leads to its paragraph's entry there,
 * each entry leads back to its paragraph, and a report without parallels has
 * no list page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const reports = readdirSync('dist/reports');
const read = (path: string) => readFileSync(`dist/${path}`, 'utf8');

describe.each(reports)('the parallels of %s', (slug) => {
  const page = read(`reports/${slug}/index.html`);
  const markers = [...page.matchAll(/<a class="parallel-marker" href="([^"]+)"/g)].map((m) => m[1]!);
  const list = `reports/${slug}/parallels/index.html`;

  it('are on a page of their own, one entry per marker, each leading back to its paragraph', () => {
    expect(page).not.toContain('class="parallel-own"');
    if (!markers.length) {
      expect(existsSync(`dist/${list}`)).toBe(false);
      return;
    }
    expect(page).toContain(`<a href="/reports/${slug}/parallels/">逐段查看这 ${markers.length} 段`);
    const entries = [...read(list).matchAll(/<p class="parallel-own" id="parallels-([^"]+)"><a href="([^"]+)">/g)];
    expect(markers).toEqual(entries.map(([, id]) => `/reports/${slug}/parallels/#parallels-${id}`));
    for (const [, id, back] of entries) {
      expect(back).toBe(`/reports/${slug}/#${id}`);
      expect(page).toContain(`<p id="${id}">`);
    }
  });
});
