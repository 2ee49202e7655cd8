/** The glossary and entity registry: complete against the texts, and bad data stops with file, line, entry and field. */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/annotation/matcher.ts';
import { loadPatterns } from '../../src/annotation/registries.ts';
import { coveredStrings } from '../../src/candidates/covered.ts';
import { findEntityCandidates } from '../../src/candidates/entity-candidates.ts';
import { findGlossaryCandidates } from '../../src/candidates/glossary-candidates.ts';
import { sourceTexts } from '../../src/candidates/source-texts.ts';
import { loadEntities } from '../../src/entities/load-entities.ts';
import { loadGlossary, termPinyin } from '../../src/glossary/load-glossary.ts';
import { tempProject } from '../../scripts/temp-project.ts';

const root = process.cwd();

describe('the registries as shipped', () => {
  const glossary = loadGlossary(`${root}/content`, root);
  const registry = loadEntities(`${root}/content`, root);

  it('hold at least 150 terms and 150 entities, each string claimed once across both', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(150);
    expect(registry.entities.length).toBeGreaterThanOrEqual(150);
    expect(() => createMatcher(loadPatterns(`${root}/content`, root))).not.toThrow();
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

describe('bad registry data', () => {
  const TERM = `- id: fang-guan-fu
  term: 放管服
  variants: []
  category: 改革举措
  definition: 简政放权、放管结合、优化服务。
  gloss: Streamline, regulate, serve
  basis: public record
`;
  const ENTITY = `- id: nanyue-airport
  name: 南岳机场
  kind: 机场
  aliases: []
  scope: 市
  guards: []
  description: 衡阳的民用机场。
  related: []
`;
  function load(files: Record<string, string>): string {
    const project = tempProject();
    project.write('content/glossary/terms.yaml', TERM);
    project.write('content/glossary/stoplist.yaml', '[]\n');
    project.write('content/entities/a.yaml', ENTITY);
    project.write('content/entities/stoplist.yaml', '[]\n');
    for (const [path, text] of Object.entries(files)) project.write(path, text);
    try {
      loadGlossary(`${project.dir}/content`, project.dir);
      loadEntities(`${project.dir}/content`, project.dir);
      createMatcher(loadPatterns(`${project.dir}/content`, project.dir));
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  }

  it('accepts the well-formed minimum', () => expect(load({})).toBe('no error'));
  it('malformed YAML in the glossary', () => expect(load({ 'content/glossary/terms.yaml': `${TERM}  variants: [放管服改革\n` })).toMatchSnapshot());
  it('malformed YAML in the registry', () => expect(load({ 'content/entities/a.yaml': ENTITY.replace('kind: 机场', 'kind: : 机场') })).toMatchSnapshot());
  it('a wrong category and an over-long definition', () =>
    expect(load({ 'content/glossary/terms.yaml': TERM.replace('改革举措', '口号').replace('简政放权、放管结合、优化服务。', '长'.repeat(81)) })).toMatchSnapshot());
  it('a duplicate id across registry files', () => expect(load({ 'content/entities/b.yaml': ENTITY })).toMatchSnapshot());
  it('an alias claimed by two entities', () =>
    expect(load({ 'content/entities/b.yaml': ENTITY.replace('nanyue-airport', 'other').replace('name: 南岳机场', 'name: 衡阳机场').replace('aliases: []', 'aliases: [南岳机场]') })).toMatchSnapshot());
  it('an unknown related id', () => expect(load({ 'content/entities/a.yaml': ENTITY.replace('related: []', 'related: [no-such-id]') })).toMatchSnapshot());
  it('a guard that does not contain the name', () => expect(load({ 'content/entities/a.yaml': ENTITY.replace('guards: []', 'guards: [衡阳东站]') })).toMatchSnapshot());
  it('a string both a glossary term and an entity name', () => expect(load({ 'content/entities/b.yaml': ENTITY.replace('nanyue-airport', 'x').replace('南岳机场', '放管服') })).toMatchSnapshot());
});
