/**
 * The Lighthouse section: the four category scores, with Lighthouse's default
 * config (mobile form factor, simulated slow 4G and 4× CPU slowdown), run
 * against the system Chromium. Scores on a shared machine move between runs,
 * Performance most.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../ensure-chromium.ts';
import { progress, table } from './format.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

export interface LighthouseRun {
  label: string;
  path?: string;
  /** Category -> score out of 100. */
  scores: Record<string, number>;
  metrics: Record<string, string>;
  /** Elements in the loaded page, as Lighthouse's DOM-size insight counts them. */
  elements?: number;
  /**
   * Lighthouse's BenchmarkIndex of this machine during the run. Its 4× slowdown assumes a desktop of
   * about 1,000 or more; below that it warns that the scores read low (a busy shared machine gives 250–500).
   */
  benchmarkIndex?: number;
}

/** `pages` in order; a page without a path (not built) is listed as such. */
export async function runLighthouse(siteUrl: string, pages: { label: string; path?: string }[]): Promise<LighthouseRun[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const runs: LighthouseRun[] = [];
  try {
    for (const { label, path } of pages) {
      if (path === undefined) {
        runs.push({ label, scores: {}, metrics: {} });
        continue;
      }
      progress(`Lighthouse ${label} (/${path})`);
      const result = await lighthouse(new URL(path, siteUrl).toString(), {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on /${path}: ${runtimeError.code} ${runtimeError.message}`);
      const domSize = audits['dom-size-insight']?.details as { items?: { value?: { value?: number } }[] } | undefined;
      const elements = domSize?.items?.[0]?.value?.value;
      runs.push({
        label,
        path,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
        metrics: Object.fromEntries(METRICS.map((m) => [m, audits[m]?.displayValue ?? ''])),
        ...(elements !== undefined ? { elements } : {}),
        benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
      });
    }
  } finally {
    chrome.kill();
  }
  return runs;
}

export function lighthouseTable(runs: LighthouseRun[]): string {
  return table(
    ['page', ...CATEGORIES, ...METRICS.map((m) => m.replace(/-/g, ' ')), 'elements', 'benchmark index'],
    runs.map((r) =>
      r.path === undefined
        ? [r.label, 'not built']
        : [
            `${r.label} (/${r.path})`,
            ...CATEGORIES.map((c) => String(r.scores[c])),
            ...METRICS.map((m) => r.metrics[m]!),
            String(r.elements ?? ''),
            String(r.benchmarkIndex ?? ''),
          ],
    ),
  );
}
