/** The annotate stage's output for the Astro run: the site data and each report's rendered body. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeRendered } from '../annotation/report-pipeline.ts';
import type { ConvertResult } from '../conversion/convert-all.ts';
import type { CheckedContent } from './check-content.ts';

/** Where the Astro run finds what the annotate stage wrote, below `.generated/`. */
export const SITE_DATA_FILE = 'site.json';
export const RENDERED_DIR = 'rendered';

export function writeSiteData({ site, trees }: CheckedContent, results: ConvertResult[], generated: string): void {
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, SITE_DATA_FILE), JSON.stringify(site));
  rmSync(join(generated, RENDERED_DIR), { recursive: true, force: true });
  for (const { meta, doc } of results) storeRendered(join(generated, RENDERED_DIR), meta.slug, doc.mdx, trees.get(meta.slug)!);
}
