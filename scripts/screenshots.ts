/**
 * `npm run screenshots`: the home page and every report at desktop and phone
 * widths, light and dark, from headless Chromium into artifacts/screenshots/.
 * Builds first if dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureChromium } from './ensure-chromium.ts';
import { assertNodeVersion } from './node-version.ts';
import { paths } from './paths.ts';
import { serveDist } from './static-server.ts';

assertNodeVersion();
ensureChromium();
if (!existsSync(join(paths.dist, 'index.html'))) {
  const build = spawnSync(process.execPath, [join(paths.root, 'scripts', 'build.ts')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const out = join(paths.root, 'artifacts', 'screenshots');
mkdirSync(out, { recursive: true });
const pages = ['', ...readdirSync(join(paths.dist, 'reports')).map((slug) => `reports/${slug}/`), ...process.argv.slice(2)];
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

const { server, url } = await serveDist(paths.dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport,
        colorScheme,
        deviceScaleFactor: 1,
        hasTouch: device === 'phone',
        isMobile: device === 'phone',
      });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(new URL(path, url).toString(), { waitUntil: 'load' });
        const name = `${path.replace(/\/$/, '').replace(/[/#]/g, '_') || 'home'}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: join(out, name) });
        console.log(`artifacts/screenshots/${name}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
