/**
 * How well `targets:extract` re-finds a document's recorded targets: a recorded
 * target is re-found when a proposal in the paragraph of its quote (or of a
 * restatement) has its value, comparator and year; a proposal is true when it
 * re-finds one, or when the labelled file (tests/fixtures/targets-extract/labels.yaml,
 * decided by reading the paragraph) calls that very proposal a target. Any
 * other proposal counts against precision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ProposedTarget } from '../../src/candidates/extract-targets.ts';
import type { Figure, Target } from '../../src/data/target-schema.ts';
import type { IndexedParagraph } from '../../src/index/paragraphs.ts';

const labelSchema = z
  .object({
    doc: z.string(),
    paragraph: z.string(),
    value: z.union([z.number(), z.string()]),
    comparator: z.string(),
    year: z.number().int(),
    quote: z.string(),
    target: z.boolean(),
    reason: z.string().min(2),
  })
  .strict();
export type Label = z.infer<typeof labelSchema>;

export const LABELS = join(process.cwd(), 'tests/fixtures/targets-extract/labels.yaml');

export function loadLabels(file = LABELS): Label[] {
  return z.array(labelSchema).parse(parse(readFileSync(file, 'utf8')));
}

const sameValue = (a: Figure, b: Figure) => String(a) === String(b);
export const labelKey = (x: { doc: string; paragraph: string; value: Figure; comparator: string; year: number }) =>
  `${x.doc}|${x.paragraph}|${String(x.value)}|${x.comparator}|${x.year}`;

export interface Score {
  recorded: number;
  refound: number;
  proposals: number;
  matched: number;
  labelledTrue: number;
  labelledFalse: number;
  unlabelled: ProposedTarget[];
  missed: Target[];
  recall: number;
  precision: number;
}

export function score(doc: string, proposals: ProposedTarget[], targets: Target[], paragraphs: IndexedParagraph[], labels: Label[]): Score {
  const mine = proposals.filter((p) => p.doc === doc);
  const recorded = targets.filter((t) => t.plan.doc === doc);
  const own = paragraphs.filter((p) => p.doc === doc);
  const cited = new Map(
    recorded.map((t) => [
      t,
      new Set(
        [t.plan, ...t.restated].filter((c) => c.doc === doc).flatMap((c) => own.filter((p) => p.text.includes(c.quote)).map((p) => p.id)),
      ),
    ]),
  );
  const refinds = (p: ProposedTarget, t: Target) =>
    cited.get(t)!.has(p.paragraph) && sameValue(p.value, t.value) && p.comparator === t.comparator && p.year === t.year;
  const missed = recorded.filter((t) => !mine.some((p) => refinds(p, t)));
  const byKey = new Map(labels.map((l) => [labelKey(l), l]));
  let matched = 0;
  let labelledTrue = 0;
  let labelledFalse = 0;
  const unlabelled: ProposedTarget[] = [];
  for (const p of mine) {
    if (recorded.some((t) => refinds(p, t))) matched++;
    else {
      const label = byKey.get(labelKey(p));
      if (!label) unlabelled.push(p);
      else if (label.target) labelledTrue++;
      else labelledFalse++;
    }
  }
  const refound = recorded.length - missed.length;
  return {
    recorded: recorded.length,
    refound,
    proposals: mine.length,
    matched,
    labelledTrue,
    labelledFalse,
    unlabelled,
    missed,
    recall: recorded.length ? refound / recorded.length : 1,
    precision: mine.length ? (matched + labelledTrue) / mine.length : 1,
  };
}
