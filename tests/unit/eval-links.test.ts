/**
 * The linker measured on the hand-checked gold sample (tests/fixtures/links-gold):
 * the thresholds readers' trust rests on, and the sample's own soundness.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TERM_KIND, evaluateLinks } from '../../src/annotation/eval/evaluate.ts';
import { HARD_CASES } from '../../src/annotation/eval/gold.ts';
import { THRESHOLDS, formatScore, precision, recall, scoreLinks } from '../../src/annotation/eval/score.ts';
import { ENTITY_KINDS } from '../../src/data/entity-schema.ts';

const root = join(import.meta.dirname, '..', '..');

describe('links on the gold sample', () => {
  const { gold, score, problems } = evaluateLinks(root);

  it('the sample is sound: drawn as draw.ts draws, texts current, targets known', () => {
    expect(problems).toEqual([]);
  });

  it('covers all five documents, every entity kind, glossary terms and every hard case, with at least 400 mentions', () => {
    expect(gold.mentions.length).toBeGreaterThanOrEqual(400);
    expect(new Set(gold.paragraphs.map((p) => p.doc)).size).toBe(5);
    const kinds = new Set([...score.byKind.keys()].filter((k) => (score.byKind.get(k)?.gold ?? 0) > 0));
    for (const k of [...ENTITY_KINDS, TERM_KIND]) expect(kinds, k).toContain(k);
    for (const c of HARD_CASES)
      expect(
        gold.mentions.some((m) => m.case === c),
        c,
      ).toBe(true);
  });

  it(`links with precision >= ${THRESHOLDS.precision * 100}% and recall >= ${THRESHOLDS.recall * 100}%`, () => {
    const report = formatScore(score);
    expect(precision(score.overall), report).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(recall(score.overall), report).toBeGreaterThanOrEqual(THRESHOLDS.recall);
  });
});

describe('scoring', () => {
  const paragraph = { doc: 'd', paragraph: 'p1', text: '富士康进出口总额第一，进出口总额第二', drawn: true as const, mentions: [] };
  const gold = {
    paragraphs: [paragraph],
    mentions: [
      { doc: 'd', paragraph: 'p1', at: 0, text: '富士康', target: 'foxconn' },
      { doc: 'd', paragraph: 'p1', at: 3, text: '进出口总额', target: 'none' },
      { doc: 'd', paragraph: 'p1', at: 11, text: '进出口总额', target: 'import-export' },
    ],
  };
  const kind = (id: string) => (id === 'foxconn' ? '企业' : '指标');

  it('a link to a `none` is wrong, a missing link is missed, and a span off by a quote still counts', () => {
    const s = scoreLinks(
      gold,
      [
        { doc: 'd', paragraphId: 'p1', offset: 0, text: '富士康进', id: 'foxconn' },
        { doc: 'd', paragraphId: 'p1', offset: 3, text: '进出口总额', id: 'import-export' },
        { doc: 'd', paragraphId: 'other', offset: 0, text: 'x', id: 'import-export' },
      ],
      kind,
    );
    expect(s.overall).toEqual({ right: 1, linked: 2, gold: 2 });
    expect(s.errors.map((e) => `${e.type} ${e.at} ${e.expected}`)).toEqual(['wrong 3 none', 'missed 11 import-export']);
    expect(s.byKind.get('指标')).toEqual({ right: 0, linked: 1, gold: 1 });
  });

  it('a link to the wrong target is both wrong and missed', () => {
    const s = scoreLinks(gold, [{ doc: 'd', paragraphId: 'p1', offset: 11, text: '进出口总额', id: 'foxconn' }], kind);
    expect(s.errors.map((e) => e.type)).toEqual(['missed', 'wrong', 'missed']);
    expect(precision(s.overall)).toBe(0);
    expect(recall(s.overall)).toBe(0);
  });
});
