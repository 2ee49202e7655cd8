/**
 * One fixture per badge rule: tests/fixtures/target-badges/<case>/input.html
 * (a fragment of the plan, "plan.mdx", or of a later report, "report.mdx", for
 * the later-figure case) gets the badges of clauses.json; compared with
 * output.html. Run with UPDATE_FIXTURES=1 to rewrite outputs, then review.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { type BadgeClause, badgeClauses } from '../../src/tracker/badges.ts';
import { rehypeTargetBadges } from '../../src/annotation/rehype-target-badges.ts';
import { transformReportHtml } from './annotation/annotate-html.ts';
import { expectGolden } from '../helpers/golden.ts';
import { target } from '../helpers/target.ts';
import type { Target } from '../../src/data/target-schema.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'target-badges');

describe('target badge fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const dir = join(root, name);
      const input = readFileSync(join(dir, 'input.html'), 'utf8');
      const clauses = JSON.parse(readFileSync(join(dir, 'clauses.json'), 'utf8')) as BadgeClause[];
      const path = name === 'later-figure' ? 'report.mdx' : 'plan.mdx';
      const { tree } = transformReportHtml(input, rehypeTargetBadges({ clauses, base: '/hengyang/' }), path);
      // Only markers are added, each page furniture the fidelity check skips, named by its clause's text.
      const badgeText = clauses.filter((c) => c.doc === path.replace('.mdx', '')).map((c) => `aria-label="${c.text}"`);
      const html = toHtml(tree);
      const withoutBadges = fromHtml(html.replace(/<a class="target-badge[^"]*"[^>]*data-chrome[^>]*>[^<]*<\/a>/g, ''), { fragment: true });
      expect(toString(withoutBadges)).toBe(toString(fromHtml(input, { fragment: true })));
      for (const text of badgeText) expect(html).toContain(text);
      // A marker follows the clause's closing punctuation and holds no text: its label (after a word joiner) is CSS's,
      // so a copied paragraph is the source's words alone.
      for (const m of html.matchAll(/<a class="target-badge[^>]*>([^<]*)<\/a>(.?)/gu)) {
        expect(m[1]).toBe('');
        expect(m[2]).not.toMatch(/[，。、；：！？）”]/u);
      }
      const out = join(dir, 'output.html');
      expectGolden(out, html);
    });
  }
});

describe('badgeClauses', () => {
  it("links a figure that answers two plans' targets to the one it still works toward, whatever the file order", () => {
    const figure = { value: 48.2, year: 2018, doc: 'report', place: 'city', metric: 'level' as const, quote: '森林覆盖率达48.2%' };
    const passed = target({ id: 'forest-2017', year: 2017, value: 43.7, comparator: '>=', file: 'a.yaml', observations: [figure] });
    const open = target({ id: 'forest-2020', plan: { doc: 'plan', quote: '森林覆盖率超过50%' }, file: 'b.yaml', observations: [figure] });
    const back = (targets: Target[]) => badgeClauses(targets, { reviewedThrough: 2018 }).filter((c) => c.role === 'observation');
    expect(back([passed, open]).map((c) => c.targetId)).toEqual(['forest-2020']);
    expect(back([open, passed]).map((c) => c.targetId)).toEqual(['forest-2020']);
  });

  it('puts the same status badge at both clauses of a target the plan states twice, and a back-link at each later figure', () => {
    const forest = target({
      id: 'forest',
      restated: [{ doc: 'plan', quote: '到2020年，全市森林覆盖率超过50%' }],
      observations: [{ value: 48.2, year: 2018, doc: 'report', place: 'city', metric: 'level', quote: '森林覆盖率达48.2%' }],
    });
    const clauses = badgeClauses([forest], { reviewedThrough: 2020 });
    expect(clauses.map((c) => [c.quote, c.role, c.text])).toEqual([
      ['森林覆盖率超过50%', 'plan', '目标跟踪 · 森林覆盖率 · 未见期末数据：2018年48.2%'],
      ['到2020年，全市森林覆盖率超过50%', 'plan', '目标跟踪 · 森林覆盖率 · 未见期末数据：2018年48.2%'],
      ['森林覆盖率达48.2%', 'observation', '对应目标 · 森林覆盖率'],
    ]);
  });
});
