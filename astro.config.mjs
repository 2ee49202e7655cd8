// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { THEME_INIT } from './src/core/theme-init.ts';
import { searchInlineScripts } from './src/client/search/early-start.ts';
import { SITE_URL } from './src/core/site-url.ts';

// The build script builds into a scratch folder and swaps it in only when every stage passed.
const outDir = process.env.HY_OUT_DIR ?? './dist';
const base = process.env.HY_BASE ?? '/';

export default defineConfig({
  // HY_SITE_URL, once (src/core/site-url.ts); unset, the site claims no public address.
  ...(SITE_URL ? { site: SITE_URL.toString() } : {}),
  base,
  outDir,
  // Inside the checkout, not node_modules/: test projects link node_modules, and builds running side by side must not share a content store.
  cacheDir: './.build/cache/astro',
  vite: { cacheDir: './.build/cache/vite' },
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: {
    // Only the site's own scripts and styles; Pagefind's search needs WebAssembly.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [THEME_INIT, ...searchInlineScripts(base)].map(
          (script) => /** @type {const} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`),
        ),
      },
    },
  },
});
