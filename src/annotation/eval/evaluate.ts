/**
 * `npm run eval:links` and its test: converts and annotates the project's
 * documents exactly as the build does, then scores the mentions in the gold
 * sample's paragraphs. Also checks the sample itself: every drawn paragraph
 * is one draw.ts draws, its text is the text on the page today, and every
 * target is a known id.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertAll } from '../../conversion/convert-all.ts';
import { loadContent } from '../../data/content.ts';
import { checkContent } from '../../pipeline/check-content.ts';
import { drawForKinds, drawParagraphs } from './draw.ts';
import { type Gold, loadGold } from './gold.ts';
import { type Score, scoreLinks } from './score.ts';

export const TERM_KIND = '术语';

export interface Evaluation {
  gold: Gold;
  score: Score;
  /** Problems with the sample itself (stale text, unknown ids, a drawn paragraph draw.ts would not draw). */
  problems: string[];
}

export function evaluateLinks(root: string, goldDir = join(root, 'tests', 'fixtures', 'links-gold')): Evaluation {
  const contentDir = join(root, 'content');
  const out = mkdtempSync(join(tmpdir(), 'eval-links-'));
  try {
    const content = loadContent(contentDir, root);
    const { site } = checkContent(convertAll({ contentDir, outDir: out, root }, content.documents), content, '/');
    const { index, entities } = site;
    const gold = loadGold(goldDir, 'tests/fixtures/links-gold');
    const kinds = new Map<string, string>(entities.map((e) => [e.id, e.kind]));
    for (const t of site.glossary) kinds.set(t.id, TERM_KIND);

    const problems: string[] = [];
    const drawn = drawParagraphs(index.paragraphs);
    for (const p of gold.paragraphs) {
      const now = index.paragraphs.find((q) => q.doc === p.doc && q.id === p.paragraph);
      if (!now) problems.push(`${p.doc} ${p.paragraph}: no such paragraph`);
      else if (now.text !== p.text) problems.push(`${p.doc} ${p.paragraph}: the paragraph's text has changed; read it again`);
      if (p.drawn && !drawn.get(p.doc)?.includes(p.paragraph))
        problems.push(`${p.doc} ${p.paragraph}: marked drawn, but draw.ts does not draw it`);
    }
    for (const [doc, ids] of drawn) {
      for (const id of ids)
        if (!gold.paragraphs.some((p) => p.doc === doc && p.paragraph === id && p.drawn))
          problems.push(`${doc} ${id}: drawn by draw.ts but not in the sample`);
    }
    // The paragraphs drawn for kinds the main draw missed, from the registry's own strings.
    const namesByKind = new Map<string, string[]>();
    for (const e of entities) namesByKind.set(e.kind, [...(namesByKind.get(e.kind) ?? []), e.name, ...e.aliases, ...e.parts]);
    const forKinds = drawForKinds(index.paragraphs, namesByKind, drawn);
    const expected = new Set([...forKinds].flatMap(([kind, ps]) => ps.map((p) => `${p.doc}|${p.id}|${kind}`)));
    const actual = new Set(gold.paragraphs.filter((p) => p.drawnFor).map((p) => `${p.doc}|${p.paragraph}|${p.drawnFor}`));
    for (const k of expected)
      if (!actual.has(k)) problems.push(`${k.replaceAll('|', ' ')}: drawn for its kind by draw.ts but not in the sample`);
    for (const k of actual)
      if (!expected.has(k)) problems.push(`${k.replaceAll('|', ' ')}: marked drawnFor, but draw.ts does not draw it for that kind`);
    for (const m of gold.mentions)
      if (m.target !== 'none' && !kinds.has(m.target))
        problems.push(`${m.doc} ${m.paragraph}@${m.at} “${m.text}”: unknown target "${m.target}"`);

    const linked = index.mentions.map((m) => ({ doc: m.doc, paragraphId: m.paragraphId, offset: m.offset, text: m.text, id: m.id }));
    return { gold, score: scoreLinks(gold, linked, (id) => kinds.get(id) ?? '?'), problems };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
