/**
 * A report page carries its words, links and markers, not its notes: the
 * toggletips' texts (glossary definitions, target statuses) are in
 * `notes.json` beside the page, one entry for every term and target marker
 * the page has, and none of them is in the page's HTML.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot as root } from '../helpers/content.ts';
import type { ReportNotes } from '../../src/views/report-notes.ts';

const reportsDir = join(root, 'dist', 'reports');
const slugs = readdirSync(reportsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe.each(slugs)('the report %s', (slug) => {
  const html = readFileSync(join(reportsDir, slug, 'index.html'), 'utf8');
  const notes = JSON.parse(readFileSync(join(reportsDir, slug, 'notes.json'), 'utf8')) as ReportNotes;

  it('has a note for every term and target marker it shows', () => {
    const terms = [...html.matchAll(/class="term" data-term="([^"]+)"/g)].map((m) => m[1]!);
    const targets = [...html.matchAll(/<a class="target-badge[^"]*" href="[^"]*\/targets\/([^/"]+)\/"/g)].map((m) => m[1]!);
    expect(terms.filter((id) => !notes.terms[id])).toEqual([]);
    expect(targets.filter((id) => !notes.targets[id])).toEqual([]);
  });

  it('does not carry the notes in its HTML', () => {
    const carried = [
      ...Object.values(notes.terms).map((t) => t.definition),
      ...Object.values(notes.targets).map((t) => `data-reason="${t.reason}"`),
    ].filter((text) => html.includes(text));
    expect(carried).toEqual([]);
  });
});
