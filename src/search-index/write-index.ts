/**
 * Writes the Pagefind index of the built site from our own records (see
 * tokens.ts for why), and the dictionary the browser uses to cut and widen
 * queries, next to it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteData } from '../data/site-data.ts';
import { buildDictionary } from './dictionary.ts';
import { searchRecords } from './records.ts';

/** `site`: the content and index the pages were made from; `dist`: the built site the index goes into. */
export async function writeSearchIndex(site: SiteData, dist: string): Promise<{ records: number }> {
  const { glossary, entities } = site;
  const records = searchRecords({
    base: site.base,
    documents: site.documents,
    paragraphs: site.index.paragraphs,
    glossary,
    entities,
    targets: site.targets,
    hasPage: (path) => existsSync(join(dist, path, 'index.html')),
  });
  const { index: pf, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!pf) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await pf.addCustomRecord(r);
    if (added.errors.length) throw new Error(`Pagefind, record ${r.url}: ${added.errors.join('; ')}`);
  }
  const written = await pf.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  mkdirSync(join(dist, 'pagefind'), { recursive: true });
  writeFileSync(join(dist, 'pagefind', 'dictionary.json'), JSON.stringify(buildDictionary(glossary, entities)));
  return { records: records.length };
}
