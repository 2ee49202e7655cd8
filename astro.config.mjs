// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { THEME_INIT } from './src/core/theme-init.ts';
import { rehypeAnnotate } from './src/annotation/rehype-annotate.ts';
import { loadPatterns } from './src/annotation/registries.ts';
import { rehypeBlockIds } from './src/annotation/rehype-block-ids.ts';
import { rehypePermalinks } from './src/annotation/rehype-permalinks.ts';
import { rehypeTargetBadges } from './src/annotation/rehype-target-badges.ts';
import { loadTargets } from './src/data/load-targets.ts';
import { badgeClauses } from './src/tracker/badges.ts';
import { reviewedThrough } from './src/tracker/status.ts';

// The build script builds into a scratch folder and swaps it in only when every stage passed.
const outDir = process.env.HY_OUT_DIR ?? './dist';
const base = process.env.HY_BASE ?? '/';
const siteBase = base.endsWith('/') ? base : `${base}/`;
const root = fileURLToPath(new URL('.', import.meta.url));
const patterns = loadPatterns(`${root}content`, root);
/** @type {{ slug: string; level: string; reviews: { to: number } }[]} */
const documentList = parse(readFileSync(`${root}content/documents.yaml`, 'utf8'));
const clauses = badgeClauses(loadTargets(`${root}content`, root), { reviewedThrough: reviewedThrough(documentList) });
const levels = Object.fromEntries(documentList.map((d) => [d.slug, d.level]));

export default defineConfig({
  site: 'https://hengyang-reports.example',
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: {
    // Only the site's own scripts and styles; Pagefind's search needs WebAssembly.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_INIT).digest('base64')}`],
      },
    },
  },
  markdown: {
    // Our transforms are ordinary unified plugins; smartypants and GFM would rewrite source characters.
    processor: unified({
      gfm: false,
      smartypants: false,
      rehypePlugins: [
        rehypeBlockIds,
        [rehypeAnnotate, { patterns, levels, base: siteBase }],
        [rehypeTargetBadges, { clauses, base: siteBase }],
        rehypePermalinks,
      ],
    }),
  },
  integrations: [mdx()],
});
