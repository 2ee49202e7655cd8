/**
 * Writes the Pagefind index of the built site from our own records (see
 * tokens.ts for why), and the dictionary the browser uses to cut and widen
 * queries, next to it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteIndex } from '../index/build-index.ts';
import { documentsSchema } from '../data/documents-schema.ts';
import { loadYaml } from '../data/load-yaml.ts';
import { loadEntities } from '../data/load-entities.ts';
import { loadGlossary } from '../data/load-glossary.ts';
import { loadTargets } from '../data/load-targets.ts';
import { buildDictionary } from './dictionary.ts';
import { searchRecords } from './records.ts';
import { diskFullAfter } from '../core/faults.ts';

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
  // Pagefind builds the files in memory and Node writes them, so a write error
  // (a full disk) is an ordinary exception here rather than a panic in Pagefind's binary.
  const built = await pf.getFiles();
  await pagefind.close();
  if (built.errors.length) throw new Error(`Pagefind: ${built.errors.join('; ')}`);
  const out = join(site, 'pagefind');
  const files = [...built.files.map((f) => ({ path: join(out, f.path), content: f.content })), { path: join(out, 'dictionary.json'), content: JSON.stringify(buildDictionary(glossary, entities)) }];
  const beforeWrite = diskFullAfter('pagefind', Math.floor(files.length / 2));
  for (const f of files) {
    try {
      mkdirSync(dirname(f.path), { recursive: true });
      beforeWrite(f.path);
      writeFileSync(f.path, f.content);
    } catch (error) {
      // A failed write(2) names no file; the message should.
      throw Object.assign(error as NodeJS.ErrnoException, { path: (error as NodeJS.ErrnoException).path ?? f.path });
    }
  }
  return { records: records.length };
}
