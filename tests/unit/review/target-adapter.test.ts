/**
 * The adapter a target proposer (targets:extract) plugs into: with two targets of
 * a set removed from a copy of content/ and proposed again, accepting one writes
 * a target that loads with the build's own loaders, in its set's file, and
 * rejecting the other writes content/review/rejected.yaml (schema-checked), after
 * which it is not proposed again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { sourceTexts } from '../../../src/candidates/source-texts.ts';
import { documentParagraphs } from '../../../src/candidates/target-paragraphs.ts';
import { loadContent } from '../../../src/data/content.ts';
import type { Target } from '../../../src/data/target-schema.ts';
import { findQuote } from '../../../src/index/find-quote.ts';
import { type TargetProposal, targetAdapter } from '../../../src/review/adapters/targets.ts';
import type { ReviewContext } from '../../../src/review/context.ts';
import { loadReviewRejected } from '../../../src/review/rejected.ts';
import { writeChecked } from '../../../src/review/write-checked.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'hy-review-targets-'));
const content = join(scratch, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILE = 'targets/annual-2019.yaml';
const all = loadContent(content, scratch).targets.targets;
const referenced = new Set(all.flatMap((t) => t.see_also));
// Not the file's first entry, which holds the file's head comment.
const removed = all
  .filter((t) => t.file === `content/${FILE}`)
  .slice(1)
  .filter((t) => !referenced.has(t.id) && t.metric !== 'deadline')
  .slice(0, 2);
const text = readFileSync(join(content, FILE), 'utf8');
const doc = parseDocument(text);
if (isSeq(doc.contents))
  doc.contents.items = doc.contents.items.filter((t) => !(isMap(t) && removed.some((r) => r.id === String(t.get('id')))));
writeFileSync(join(content, FILE), doc.toString({ lineWidth: 0, indentSeq: false, flowCollectionPadding: false }));
const before = readFileSync(join(content, FILE), 'utf8');
const { paragraphs } = documentParagraphs(content, scratch);
const context = (): ReviewContext => ({
  contentDir: content,
  root: scratch,
  content: loadContent(content, scratch),
  paragraphs,
  texts: sourceTexts(content),
});

/** What a proposer would give for a target the plan sets. */
function proposalOf(t: Target): TargetProposal {
  const found = findQuote(paragraphs, t.plan.doc, t.plan.quote);
  if ('error' in found) throw new Error(found.error);
  return {
    doc: t.plan.doc,
    paragraph: found.paragraph.id,
    indicator: t.indicator ?? t.name,
    indicator_known: !!t.indicator,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    year: t.year,
    metric: t.metric,
    place: t.place,
    quote: t.plan.quote,
  };
}
const propose = () => removed.map(proposalOf);

// Loading content/ several times (each write checks it whole) takes tens of seconds on a loaded machine.
describe('the target proposals adapter', () => {
  it('accepts one into its set’s file and rejects the other for good', () => {
    expect(removed).toHaveLength(2);
    const [kept, turnedDown] = removed as [Target, Target];
    const adapter = targetAdapter(context(), propose);
    const items = adapter.items();
    expect(items.map((i) => i.kind)).toEqual(['target', 'target']);
    const first = items[0]!;
    expect(first.file).toBe(FILE);
    expect(first.text.slice(...first.highlights[0]!)).toContain(String(kept.value));
    const values = { ...Object.fromEntries(first.fields.map((f) => [f.name, f.value])), id: kept.id, area: kept.area, name: kept.name };
    expect(adapter.outcome(first, values)).toContain(`/targets/${kept.id}/`);
    writeChecked(content, paragraphs, [adapter.accept(first, values)]);
    const written = loadContent(content, scratch).targets.targets.find((t) => t.id === kept.id)!;
    expect(written).toMatchObject({
      value: kept.value,
      year: kept.year,
      comparator: kept.comparator,
      plan: kept.plan,
      file: `content/${FILE}`,
    });
    // Every line the file had is still there, in order: the new target's lines are added among them.
    const old = before.split('\n');
    let at = 0;
    for (const line of readFileSync(join(content, FILE), 'utf8').split('\n')) if (line === old[at]) at++;
    expect(at).toBe(old.length);

    writeChecked(content, paragraphs, [adapter.reject(items[1]!, '不是本市目标。')]);
    expect(loadReviewRejected(content, scratch, paragraphs)).toEqual([
      { kind: 'target', doc: turnedDown.plan.doc, quote: turnedDown.plan.quote, value: turnedDown.value, reason: '不是本市目标。' },
    ]);
    expect(targetAdapter(context(), propose).items()).toEqual([]);
  }, 180_000);
});
