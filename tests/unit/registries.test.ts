/**
 * The glossary and entity registry as shipped load into one matcher, and the
 * candidate finders notice new terms and names. What is left to review is work
 * for a person, listed by `npm run curation`, not a failure. Bad registry data
 * is in the bad-input corpus (tests/unit/bad-input.test.ts).
 */
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

  it('claim each string once across both, so one matcher holds them all', () => {
    expect(() => createMatcher(annotationPatterns(glossary, registry))).not.toThrow();
  });

  it('cover what they cover: a registered term or name is never proposed again', () => {
    const covered = coveredStrings(`${root}/content`, root);
    const texts = sourceTexts(`${root}/content`);
    const proposed = [...findGlossaryCandidates(texts, covered), ...findEntityCandidates(texts, covered)].map((c) => c.candidate);
    for (const t of glossary.terms) expect(proposed).not.toContain(t.term);
    for (const e of registry.entities) expect(proposed).not.toContain(e.name);
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
