/**
 * The candidates tool measured on the project's five texts, with every
 * recorded observation and rejection hidden:
 * - precision at the default threshold against tests/fixtures/targets-candidates/labels.yaml,
 *   every proposal decided true or false by reading its paragraph (the tool never reads it);
 * - recall: the recorded observations it finds again (target, value, year and place);
 * - held out: a copy of the 2019 report re-wrapped as a PDF extraction would give it, and one
 *   in Traditional script (converted here with opencc-js's Hong Kong tables, not the
 *   project's own), and one with pinyin glosses and words spaced as a PDF extraction spaces them,
 *   get the proposals the original gets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentParagraphs, sourceParagraphs } from '../../src/candidates/target-paragraphs.ts';
import { DEFAULT_THRESHOLD, type Proposal, proposeFigures } from '../../src/candidates/targets.ts';
import { emptyRegistry } from '../../src/data/anchors-schema.ts';
import { loadContent } from '../../src/data/content.ts';
import type { PlaceRef } from '../../src/data/place-schema.ts';
import type { Target } from '../../src/data/target-schema.ts';

const root = process.cwd();
const content = join(root, 'content');
const loaded = loadContent(content, root);
const targets = loaded.targets.targets;
const entities = loaded.entities.entities;
const { documents, paragraphs } = documentParagraphs(content, root);
const hidden: Target[] = targets.map((t) => ({ ...t, observations: [], rejected: [] }));
const proposed = proposeFigures({ targets: hidden, documents, paragraphs, entities });
const listed = proposed.filter((p) => p.confidence >= DEFAULT_THRESHOLD);

const figureKey = (x: { value: unknown; year: number; place: PlaceRef; qualifier?: string | undefined }, target: string) =>
  `${target}|${String(x.value)}|${x.year}|${JSON.stringify(x.place)}|${x.qualifier ?? ''}`;

interface Label {
  target: string;
  doc: string;
  paragraph: string;
  value: number | string;
  year: number;
  label: boolean;
  reason: string;
  quote: string;
}
const labels = parse(readFileSync(join(root, 'tests/fixtures/targets-candidates/labels.yaml'), 'utf8')) as Label[];
const labelKey = (x: { doc: string; paragraph: string; value: unknown; year: number }, target: string) =>
  `${target}|${x.doc}|${x.paragraph}|${String(x.value)}|${x.year}`;
const labelled = new Map(labels.map((l) => [labelKey(l, l.target), l]));

const percent = (n: number, of: number) => `${n}/${of} (${((n / of) * 100).toFixed(1)}%)`;

describe('targets:candidates on the five texts', () => {
  it('has every proposal decided by reading, each with a reason', () => {
    const unlabelled = proposed.filter((p) => !labelled.has(labelKey(p, p.target_id)));
    // A change of the tool that proposes something new must have it read and labelled, not guessed.
    expect(unlabelled.map((p) => `${p.target_id} ← ${p.doc}#${p.paragraph}: ${p.quote}`)).toEqual([]);
    for (const l of labels) expect(l.reason.length).toBeGreaterThan(4);
  });

  it('is at least 85% precise at the default threshold and re-finds at least 95% of the recorded observations', () => {
    const correct = listed.filter((p) => labelled.get(labelKey(p, p.target_id))?.label === true);
    // Two targets may record one figure through a shared anchor; count each (target, figure) once.
    const recorded = new Set(targets.flatMap((t) => t.observations.map((o) => figureKey(o, t.id))));
    const found = new Set(listed.map((p) => figureKey(p, p.target_id)));
    const refound = [...recorded].filter((k) => found.has(k));
    console.log(
      `targets:candidates at confidence >= ${DEFAULT_THRESHOLD}: precision ${percent(correct.length, listed.length)}; ` +
        `recall ${percent(refound.length, recorded.size)} of the recorded observations (missed: ${[...recorded].filter((k) => !found.has(k)).join(', ')})`,
    );
    expect(recorded.size).toBeGreaterThan(40);
    expect(correct.length / listed.length).toBeGreaterThanOrEqual(0.85);
    expect(refound.length / recorded.size).toBeGreaterThanOrEqual(0.95);
  });

  it('proposes nothing already recorded; every quote stands verbatim in its paragraph, and the figure at its offsets', () => {
    const proposals = proposeFigures({ targets: targets.map((t) => ({ ...t, rejected: [] })), documents, paragraphs, entities });
    const recorded = new Set(targets.flatMap((t) => t.observations.map((o) => `${t.id}|${o.doc}|${o.quote}|${o.value}`)));
    for (const p of [...proposals, ...proposed]) {
      const text = paragraphs.find((x) => x.doc === p.doc && x.id === p.paragraph)?.text ?? '';
      expect(text).toContain(p.quote);
      expect(text.slice(p.figure.start, p.figure.end)).toBe(p.figure.text);
      expect(p.quote).toContain(p.figure.text);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
    for (const p of proposals) expect(recorded.has(`${p.target_id}|${p.doc}|${p.quote}|${p.value}`)).toBe(false);
  });

  it('scopes a district report to its district and reads the year from the section', () => {
    const shigu = proposed.filter((p) => p.doc === 'shigu-report-2019');
    expect(shigu.length).toBeGreaterThan(0);
    expect(shigu.every((p) => p.place === 'shigu-district' && p.year === 2018)).toBe(true);
  });

  const original = documents.find((d) => d.slug === 'city-report-2019')!;
  const source = readFileSync(join(content, 'sources', original.source), 'utf8');
  // Hard-wrapped at about 37 characters, as a PDF extraction gives it (never inside a number).
  const rewrap = (text: string) =>
    text
      .split('\n')
      .map((line) => line.match(/.{1,36}(?:[\d.%％]+|.)?/gu)?.join('\n') ?? line)
      .join('\n');
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  // As scraped from a page with ruby: every seventh Chinese character glossed in pinyin where it has a tone mark,
  // and as a PDF extraction spaces words: a space after every eleventh character between two Chinese characters.
  let han = 0;
  const glossedAndSpaced = (text: string) =>
    text.replace(/\p{Script=Han}(?=(\p{Script=Han})?)/gu, (ch, next: string | undefined) => {
      han++;
      const sound = pinyin(ch);
      const glossed = han % 7 === 0 && /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u.test(sound) ? `${ch}(${sound})` : ch;
      return han % 11 === 0 && next ? `${glossed} ` : glossed;
    });
  const copies: [string, string][] = [
    ['re-wrapped', rewrap(source)],
    ['Traditional and re-wrapped', rewrap(toHongKong(source))],
    ['glossed and spaced', glossedAndSpaced(source)],
  ];
  const key = (p: Proposal) => `${figureKey(p, p.target_id)}|${p.metric}|${p.unit ?? ''}|${p.comparator ?? ''}`;
  const fromOriginal = proposed.filter((p) => p.doc === original.slug);
  const recordedHere = new Set(
    targets.flatMap((t) => t.observations.filter((o) => o.doc === original.slug).map((o) => figureKey(o, t.id))),
  );

  it.each(copies)('a %s copy of the 2019 report, added as a new document, gets the proposals the original gets', (name, text) => {
    const title = original.title && name.startsWith('Traditional') ? toHongKong(original.title) : original.title;
    const meta = { ...original, slug: 'copy-of-2019', title };
    const copy = sourceParagraphs(new TextEncoder().encode(text), meta, 'copy.txt', emptyRegistry());
    const proposals = proposeFigures({
      targets: hidden,
      documents: [...documents, meta],
      paragraphs: [...paragraphs, ...copy],
      entities,
    }).filter((p) => p.doc === meta.slug);
    for (const p of proposals) {
      const written = copy.find((x) => x.id === p.paragraph)?.text ?? '';
      expect(written).toContain(p.quote);
      expect(written.slice(p.figure.start, p.figure.end)).toBe(p.figure.text);
    }
    const refound = [...recordedHere].filter((k) => proposals.some((p) => figureKey(p, p.target_id) === k));
    console.log(
      `held out, ${name} copy of the 2019 report: ${percent(refound.length, recordedHere.size)} of the figures recorded for the original`,
    );
    expect(proposals.map(key).sort()).toEqual(fromOriginal.map(key).sort());
  });
});
