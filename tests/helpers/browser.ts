/** Headless Debian Chromium through playwright-core, with the flags this closed network needs. */
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
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

/** A phone as the tests hold one: 844 px high, touch, a mobile viewport; 390 px wide unless told. */
export const phoneContext = (browser: Browser, width = 390): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width, height: 844 }, hasTouch: true, isMobile: true });

/**
 * On a phone: a page of the site with one of its words tapped, so the word's note is open as a sheet.
 * Close the context when done.
 */
export async function tapOnPhone(
  browser: Browser,
  path: string,
  word: (page: Page) => Locator,
): Promise<{ context: BrowserContext; page: Page; word: Locator; url: string }> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  const tapped = word(page);
  await tapped.scrollIntoViewIfNeeded();
  const url = page.url();
  await tapped.tap();
  return { context, page, word: tapped, url };
}
