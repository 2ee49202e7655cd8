import { defineConfig } from 'vitest/config';

/**
 * Five projects, by what a test needs: `unit` nothing but the code and
 * content/; `corpus` the real-tool corpus (Chromium, pdftotext, pdf.js); `site` the built dist/ (or builds of its own) without a browser;
 * `browser` the built site in headless Chromium; `a11y` axe-core over it.
 * `npm test` runs them all after one build; `npx vitest run --project unit`
 * runs one.
 */
const served = { globalSetup: ['tests/helpers/global-setup.ts'] };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: more workers only slow the browser tests down.
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/time-split-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Chromium, poppler's pdftotext and pdf.js, but no built site.
      { extends: true, test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...served } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...served } },
      { extends: true, test: { name: 'a11y', include: ['tests/a11y/**/*.test.ts'], ...served } },
    ],
  },
});
