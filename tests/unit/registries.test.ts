/** The glossary and entity registry as shipped: complete against the texts. Bad registry data is in the bad-input corpus (tests/unit/bad-input.test.ts). */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/annotation/matcher.ts';
import { annotationPatterns } from '../../src/annotation/registries.ts';
import { coveredStrings } from '../../src/candidates/covered.ts';
import { findEntityCandidates } from '../../src/candidates/entity-candidates.ts';
import { findGlossaryCandidates } from '../../src/candidates/glossary-candidates.ts';
import { sourceTexts } from '../../src/candidates/source-texts.ts';
import { loadEntities } from '../../src/data/load-entities.ts';
import { loadGlossary, termPinyin } from '../../src/data/load-glossary.ts';

const root = process.cwd();

describe('the registries as shipped', () => {
  const glossary = loadGlossary(`${root}/content`, root);
  const registry = loadEntities(`${root}/content`, root);

  it('hold at least 150 terms and 150 entities, each string claimed once across both', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(150);
    expect(registry.entities.length).toBeGreaterThanOrEqual(150);
    expect(() => createMatcher(annotationPatterns(glossary, registry))).not.toThrow();
  });

  it('leave no candidate uncovered: quoted terms and slogans occurring twice, names in two documents', () => {
    const texts = sourceTexts(`${root}/content`);
    const covered = coveredStrings(`${root}/content`, root);
    expect(findGlossaryCandidates(texts, covered).filter((c) => c.count >= 2)).toEqual([]);
    expect(findEntityCandidates(texts, covered)).toEqual([]);
  });

  it('finds a new repeated quoted term or name in a new text', () => {
    const texts = new Map([
      ['a', '推进“八大工程”，建设雁城科技产业园。'],
      ['b', '落实“八大工程”，雁城科技产业园投产。'],
    ]);
    expect(findGlossaryCandidates(texts, new Set()).map((c) => [c.candidate, c.count])).toEqual([['八大工程', 2]]);
    expect(findEntityCandidates(texts, new Set()).map((c) => c.candidate)).toContain('雁城科技产业园');
  });

  it('pinyin: generated, with stored overrides for polyphones', () => {
    expect(termPinyin('放管服')).toBe('fàng guǎn fú');
    expect(glossary.terms.find((t) => t.term === '河长制')?.pinyin).toBe('hé zhǎng zhì');
    expect(glossary.terms.find((t) => t.term === '放管服')?.initial).toBe('F');
  });
});
