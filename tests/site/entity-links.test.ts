/**
 * One page per entity, reached from every document that names it and linking
 * back to every mention: read off the built site (dist/) against the content
 * index the build wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSiteData, projectRoot as root } from '../helpers/content.ts';

const { index } = builtSiteData();
const html = new Map<string, string>();
const page = (path: string) => {
  if (!html.has(path)) html.set(path, readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));
  return html.get(path)!;
};

describe('entities named in two or more documents', () => {
  const byEntity = new Map<string, typeof index.mentions>();
  for (const m of index.mentions) if (m.kind === 'entity') byEntity.set(m.id, [...(byEntity.get(m.id) ?? []), m]);
  const shared = [...byEntity].filter(([, ms]) => new Set(ms.map((m) => m.doc)).size >= 2);

  it('are many (designations and short forms included)', () => {
    expect(shared.length).toBeGreaterThan(80);
    for (const id of ['national-civilized-city', 'national-innovative-city', 'foxconn', 'hengyuan-logistics-center', 'redstar-home-plaza'])
      expect(shared.map(([i]) => i)).toContain(id);
  });

  it('link from each document at every mention to their one page, which links back to each mention', () => {
    const problems: string[] = [];
    for (const [id, mentions] of shared) {
      if (!existsSync(join(root, 'dist', 'entities', id, 'index.html'))) {
        problems.push(`${id}: no page`);
        continue;
      }
      const entityPage = page(`entities/${id}`);
      for (const doc of new Set(mentions.map((m) => m.doc))) {
        const links = page(`reports/${doc}`).split(`data-entity="${id}"`).length - 1;
        const expected = mentions.filter((m) => m.doc === doc).length;
        if (links !== expected) problems.push(`${id} in ${doc}: ${links} links for ${expected} mentions`);
      }
      // A link back may carry the quoted words to mark on arrival (?hl=…) before its paragraph's anchor.
      for (const m of mentions)
        if (!new RegExp(`/reports/${m.doc}/(?:\\?hl=[^"#]*)?#${m.paragraphId}"`).test(entityPage))
          problems.push(`${id}: no link back to ${m.doc}#${m.paragraphId}`);
    }
    expect(problems).toEqual([]);
  });
});
