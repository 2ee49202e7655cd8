// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { THEME_INIT } from './src/core/theme-init.ts';
import { SITE_URL } from './src/core/site-url.ts';
import { rehypeAnnotate } from './src/annotation/rehype-annotate.ts';
import { loadPatterns } from './src/annotation/registries.ts';
import { rehypeBlockIds } from './src/annotation/rehype-block-ids.ts';
import { rehypePermalinks } from './src/annotation/rehype-permalinks.ts';
import { rehypeTargetBadges } from './src/annotation/rehype-target-badges.ts';
import { rehypeFigureNobr } from './src/annotation/rehype-figure-nobr.ts';
import { loadTargets } from './src/data/load-targets.ts';
import { badgeClauses } from './src/tracker/badges.ts';

// The build script builds into a scratch folder and swaps it in only when every stage passed.
const outDir = process.env.HY_OUT_DIR ?? './dist';
const base = process.env.HY_BASE ?? '/';
const siteBase = base.endsWith('/') ? base : `${base}/`;
const root = fileURLToPath(new URL('.', import.meta.url));
const patterns = loadPatterns(`${root}content`, root);
const clauses = badgeClauses(loadTargets(`${root}content`, root));
const levels = Object.fromEntries(parse(readFileSync(`${root}content/documents.yaml`, 'utf8')).map((/** @type {{ slug: string; level: string }} */ d) => [d.slug, d.level]));

export default defineConfig({
  // HY_SITE_URL, once (src/core/site-url.ts); unset, the site claims no public address.
  ...(SITE_URL ? { site: SITE_URL.toString() } : {}),
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
        // Last: it only wraps figures in nowrap spans, after every plugin that reads text offsets.
        rehypeFigureNobr,
      ],
    }),
  },
  integrations: [mdx()],
});
