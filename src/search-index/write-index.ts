/**
 * Writes the Pagefind index of the built site from our own records (see
 * tokens.ts for why), and the dictionary the browser uses to cut and widen
 * queries, next to it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteIndex } from '../index/build-index.ts';
import { documentsSchema } from '../data/documents-schema.ts';
import { loadYaml } from '../data/load-yaml.ts';
import { loadEntities } from '../data/load-entities.ts';
import { loadGlossary } from '../data/load-glossary.ts';
import { loadTargets } from '../data/load-targets.ts';
import { detectScript, simplifiedCharacters } from '../core/script.ts';
import { buildDictionary } from './dictionary.ts';
import { searchRecords } from './records.ts';

export async function writeSearchIndex({ root, site, base }: { root: string; site: string; base: string }): Promise<{ records: number }> {
  const content = join(root, 'content');
  const index = JSON.parse(readFileSync(join(root, '.generated', 'index.json'), 'utf8')) as SiteIndex;
  const glossary = loadGlossary(content, root).terms;
  const entities = loadEntities(content, root).entities;
  const records = searchRecords({
    base,
    documents: loadYaml(join(content, 'documents.yaml'), documentsSchema, 'content/documents.yaml').data,
    paragraphs: index.paragraphs,
    glossary,
    entities,
    targets: loadTargets(content, root),
    hasPage: (path) => existsSync(join(site, path, 'index.html')),
  });
  const { index: pf, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!pf) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await pf.addCustomRecord(r);
    if (added.errors.length) throw new Error(`Pagefind, record ${r.url}: ${added.errors.join('; ')}`);
  }
  const written = await pf.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  // Simplified forms for Traditional characters a reader may type; characters the Simplified texts and names use stay as typed.
  const simplifiedText = [
    ...index.paragraphs.map((p) => p.text),
    ...glossary.flatMap((g) => [g.term, ...g.variants]),
    ...entities.flatMap((e) => [e.name, ...e.aliases]),
  ].filter((t) => detectScript(t) === 'zh-CN').join('');
  writeFileSync(join(site, 'pagefind', 'dictionary.json'), JSON.stringify({ ...buildDictionary(glossary, entities), simplified: simplifiedCharacters(simplifiedText) }));
  return { records: records.length };
}
