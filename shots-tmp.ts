import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM } from './scripts/ensure-chromium.ts';
import { axeViolations } from './tests/helpers/axe.ts';
const base = 'http://127.0.0.1:4416/';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
for (const width of [390, 1280]) for (const colorScheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme, ...(width < 600 ? { hasTouch: true, isMobile: true } : {}) });
  const page = await context.newPage();
  const tag = `${width}-${colorScheme}`;
  // Report page: a paragraph with a marker, its popover open.
  await page.goto(`${base}reports/shigu-report-2019/`);
  const marker = page.locator('.report-body a.parallel-marker').nth(2);
  await marker.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -200));
  await page.screenshot({ path: `/tmp/shots/parcost/report-markers-${tag}.png` });
  if (width < 600) await marker.tap(); else await marker.focus();
  await page.locator('#annotation-popover .pop-title').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/parcost/report-popover-${tag}.png` });
  console.log(tag, 'report+popover axe', await axeViolations(page));
  await page.keyboard.press('Escape');
  // The report's end block.
  await page.locator('#parallels-heading').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -300));
  await page.screenshot({ path: `/tmp/shots/parcost/report-end-${tag}.png` });
  // The list page, top, and an entry opened from a marker's link.
  await page.goto(`${base}reports/shigu-report-2019/parallels/`);
  await page.screenshot({ path: `/tmp/shots/parcost/list-top-${tag}.png` });
  console.log(tag, 'list axe', await axeViolations(page));
  const href = await marker.count() ? null : null;
  await page.goto(`${base}reports/shigu-report-2019/`);
  const target = await page.locator('.report-body a.parallel-marker').nth(2).getAttribute('href');
  await page.goto(`${base}${target!.slice(1)}`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/parcost/list-entry-${tag}.png` });
  console.log(tag, 'list entry open axe', await axeViolations(page), href);
  await page.goto(`${base}data/`);
  await page.locator('#ds-parallels').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/parcost/data-parallels-${tag}.png` });
  console.log(tag, 'data axe', await axeViolations(page));
  await context.close();
}
await browser.close();
