/**
 * No invented numbers: every target clause, baseline and later figure is a
 * verbatim quote standing in exactly one paragraph (or heading) of the built
 * site, and the stored value is written in that quote.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SiteIndex } from '../../src/content-index/build-index.ts';
import { findQuote } from '../../src/content-index/find-quote.ts';
import { loadTargets } from '../../src/targets/load-targets.ts';

const root = process.cwd();
const targets = loadTargets(`${root}/content`, root);
const index = JSON.parse(readFileSync('.generated/index.json', 'utf8')) as SiteIndex;

/** The numbers written in a clause, ratios as "11:45:44". */
function numbersIn(quote: string): string[] {
  const text = quote.replace(/[∶：]/g, ':');
  return [...text.matchAll(/\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)*/g)].map((m) => m[0]);
}

describe('targets', () => {
  it('track every 奋斗目标 of the plan and at least 50 more from later chapters', () => {
    const plan = targets.filter((t) => t.plan.doc === 'five-year-plan-2016-2020');
    const goals = index.paragraphs.filter((p) => p.doc === 'five-year-plan-2016-2020' && p.path.some((h) => h.includes('奋斗目标')));
    const inGoals = plan.filter((t) => goals.some((p) => p.text.includes(t.plan.quote)));
    expect(inGoals.length).toBeGreaterThanOrEqual(20);
    expect(plan.length - inGoals.length).toBeGreaterThanOrEqual(50);
  });

  it('quote every figure verbatim from exactly one paragraph, with the stored value in the quote', () => {
    const problems: string[] = [];
    for (const t of targets) {
      const cited = [
        { what: 'plan', doc: t.plan.doc, quote: t.plan.quote, value: t.metric === 'deadline' ? undefined : t.value },
        ...(t.baseline ? [{ what: 'baseline', ...t.baseline }] : []),
        ...t.observations.map((o, i) => ({ what: `observation ${i + 1}`, ...o })),
      ];
      for (const c of cited) {
        const found = findQuote(index.paragraphs, c.doc, c.quote);
        if ('error' in found) problems.push(`${t.id} ${c.what}: ${found.error}`);
        if (c.value !== undefined && !numbersIn(c.quote).includes(String(c.value))) problems.push(`${t.id} ${c.what}: value ${c.value} is not written in "${c.quote}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
