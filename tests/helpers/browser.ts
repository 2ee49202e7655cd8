/** Headless Debian Chromium through playwright-core, with the flags this closed network needs. */
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM } from '../../scripts/ensure-chromium.ts';

export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).toString();
}

/** Playwright gives each launch a fresh, empty profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
