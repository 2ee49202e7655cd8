/**
 * Writes the Pagefind index of the built site from our own records (see
 * tokens.ts for why), and the dictionary the browser uses to cut and widen
 * queries, next to it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteData } from '../data/site-data.ts';
import { detectScript, simplifiedCharacters } from '../core/script.ts';
import { type SearchDictionary, buildDictionary } from './dictionary.ts';
import { searchRecords } from './records.ts';
import { BuildError, clip } from '../core/errors.ts';
import { diskFullAfter } from '../core/faults.ts';

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
  // Simplified forms for Traditional characters a reader may type; characters the Simplified texts and names use stay as typed.
  const simplifiedText = [
    ...site.index.paragraphs.map((p) => p.text),
    ...glossary.flatMap((g) => [g.term, ...g.variants]),
    ...entities.flatMap((e) => [e.name, ...e.aliases]),
  ]
    .filter((t) => detectScript(t) === 'zh-CN')
    .join('');
  const shards = shardRecords(records, shardSize());
  const files: { path: string; content: Uint8Array | string }[] = [];
  // One indexer run per shard, each closed before the next starts: the indexer's memory follows the text it holds.
  for (const [k, shard] of shards.entries()) {
    for (const f of await indexWithPagefind(shard)) files.push({ path: join(dist, shardDir(k), f.path), content: f.content });
  }
  const dictionary: SearchDictionary = {
    ...buildDictionary(glossary, entities),
    simplified: simplifiedCharacters(simplifiedText),
    ...(shards.length > 1 ? { shards: shards.map((_, k) => shardDir(k)).slice(1) } : {}),
  };
  files.push({ path: join(dist, shardDir(0), 'dictionary.json'), content: JSON.stringify(dictionary) });
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

/**
 * Records per index. Pagefind's indexer holds everything it indexes until it
 * writes the files (about 1.4 GB for the 19,000 records of 100 documents), so
 * a larger site is indexed in shards of this many records, which the search
 * page merges (Pagefind's mergeIndex); ranking then weighs words within each
 * shard. HY_SEARCH_SHARD_RECORDS sets it (the tests use a small one).
 */
const SHARD_RECORDS = 4000;

function shardSize(): number {
  const given = Number(process.env.HY_SEARCH_SHARD_RECORDS);
  return Number.isInteger(given) && given > 0 ? given : SHARD_RECORDS;
}

/** Where shard k goes, relative to the site root: the first is the site's one index, pagefind/. */
const shardDir = (k: number) => (k === 0 ? 'pagefind/' : `pagefind/shards/${k}/`);

/** Records in shards of at most `size`, a page's records kept together (so one page is never split across indexes). */
export function shardRecords<T extends { url: string }>(records: T[], size: number): T[][] {
  const shards: T[][] = [[]];
  for (const group of Map.groupBy(records, (r) => r.url.split('#')[0]!).values()) {
    if (shards.at(-1)!.length && shards.at(-1)!.length + group.length > size) shards.push([]);
    shards.at(-1)!.push(...group);
  }
  return shards;
}

/**
 * Pagefind builds the index files in memory and Node writes them, so a write
 * error (a full disk) is an ordinary exception rather than a panic in
 * Pagefind's binary; a failure of the binary itself is said as one.
 */
async function indexWithPagefind(records: Parameters<pagefind.PagefindIndex['addCustomRecord']>[0][]): Promise<pagefind.IndexFile[]> {
  const failed = (what: string) => new BuildError(`Pagefind's indexer failed: ${clip(what, 300)}.`);
  try {
    const { index: pf, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!pf) throw failed(errors.join('; '));
    for (const r of records) {
      const added = await pf.addCustomRecord(r);
      if (added.errors.length) throw failed(`record ${r.url}: ${added.errors.join('; ')}`);
    }
    const built = await pf.getFiles();
    if (built.errors.length) throw failed(built.errors.join('; '));
    await pagefind.close();
    return built.files;
  } catch (error) {
    // Not awaited: closing a service that has died never settles.
    void pagefind.close();
    throw error instanceof BuildError ? error : failed(error instanceof Error ? error.message : String(error));
  }
}
