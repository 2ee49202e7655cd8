// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypeBlockIds } from './src/transforms/rehype-block-ids.ts';
import { rehypePermalinks } from './src/transforms/rehype-permalinks.ts';

// The build script builds into a scratch folder and swaps it in only when every stage passed.
const outDir = process.env.HY_OUT_DIR ?? './dist';
const base = process.env.HY_BASE ?? '/';

export default defineConfig({
  site: 'https://hengyang-reports.example',
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // Our transforms are ordinary unified plugins; smartypants and GFM would rewrite source characters.
    processor: unified({ gfm: false, smartypants: false, rehypePlugins: [rehypeBlockIds, rehypePermalinks] }),
  },
  integrations: [mdx()],
});
