/** axe-core with the WCAG 2.2 AA rule set, run in the page under test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Violations are all a test reads; axe then skips collecting the nodes of every pass, which is most of its time on a long report. */
const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] };

const describe = (violations: { id: string; help: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page }).options(OPTIONS).analyze();
  return describe(results.violations);
}

/** For sweeping many pages: axe is injected once per context, before each page's own scripts. */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await context.addInitScript({ content: source });
}

export async function axeRun(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (options) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document, options)).violations;
  }, OPTIONS);
  return describe(violations);
}
