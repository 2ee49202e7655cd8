/**
 * The project's content as the build loads it, and the site data its annotate
 * stage makes, computed in the test process: unit tests need no build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertAll } from '../../src/conversion/convert-all.ts';
import { loadContent } from '../../src/data/content.ts';
import { type SiteData, readSiteData } from '../../src/data/site-data.ts';
import { SITE_DATA_FILE } from '../../src/pipeline/write-site-data.ts';
import { checkContent } from '../../src/pipeline/check-content.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
const contentDir = join(projectRoot, 'content');

export const loadProjectContent = () => loadContent(contentDir, projectRoot);

let cached: SiteData | undefined;

/** Conversion and annotation of content/, as scripts/build.ts runs them before Astro. */
export function projectSiteData(): SiteData {
  if (cached) return cached;
  const outDir = mkdtempSync(join(tmpdir(), 'hy-site-data-'));
  try {
    const content = loadProjectContent();
    const results = convertAll({ contentDir, outDir, root: projectRoot }, content.documents);
    cached = checkContent(results, content, '/').site;
    return cached;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The site data the last build wrote: for site tests, which check dist/ against it. */
export const builtSiteData = () => readSiteData(join(projectRoot, '.generated', SITE_DATA_FILE));
