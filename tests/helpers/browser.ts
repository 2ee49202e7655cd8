/** Headless Debian Chromium through playwright-core, with the flags this closed network needs. */
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { BROWSER_ARGS, CHROMIUM } from '../../scripts/ensure-chromium.ts';

export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).toString();
}

/** Playwright gives each launch a fresh, empty profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: BROWSER_ARGS,
  });
}
