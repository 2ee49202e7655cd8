/**
 * The report collection's content loader (src/content.config.ts): each MDX
 * file the convert stage wrote becomes an entry whose data is its frontmatter,
 * validated by the collection's schema. The body is the annotate stage's: it
 * rendered this same MDX once (src/annotation/report-pipeline.ts), and the
 * report page inserts that rendering (`readRendered`). So Astro compiles no
 * MDX and the data store holds no body: Astro bundles the data store into the
 * build as one JSON string, which with every report's text in it would hold
 * them all in memory at once, as the bundled MDX modules did before.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { frontmatterOf } from '../annotation/report-pipeline.ts';

/** Entries for the `.mdx` files of `dir`, a folder relative to `root` (entries' `filePath` are relative to it too). */
export function reportLoader(root: string, dir: string): Loader {
  return {
    name: 'hengyang-reports',
    async load(context) {
      const { store } = context;
      store.clear();
      for (const name of readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.mdx'))
        .sort()) {
        const filePath = join(dir, name);
        const mdx = readFileSync(join(root, filePath), 'utf8');
        const id = basename(name, '.mdx');
        const data = await context.parseData({ id, data: parse(frontmatterOf(mdx, filePath)) as Record<string, unknown>, filePath });
        store.set({ id, data, filePath, digest: context.generateDigest(mdx) });
      }
    },
  };
}
