/** Table tests for the query side of search: tokens, segments, alternatives, excerpts and ranking. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/search-index/dictionary.ts';
import { excerpt } from '../../src/search-index/excerpt.ts';
import { firstCandidates, mergeHits, rankHits } from '../../src/client/search/merge.ts';
import { namesByLength, nearMisses } from '../../src/client/search/near.ts';
import { MAX_QUERY_CHARS, cutQuery, planQuery, readQuery } from '../../src/client/search/plan.ts';
import { pairConverter } from '../../src/zh/reading.ts';
import { loadEntities } from '../../src/data/load-entities.ts';
import { loadGlossary } from '../../src/data/load-glossary.ts';
import { segmentQuery } from '../../src/client/search/segment.ts';
import { indexText, queryText } from '../../src/search-index/tokens.ts';
import type { Entity } from '../../src/data/entity-schema.ts';
import type { GlossaryTerm } from '../../src/data/glossary-schema.ts';

const entity = (name: string, aliases: string[], parts: string[] = []) => ({ id: name, name, aliases, parts }) as unknown as Entity;
const term = (t: string, variants: string[], members?: string[]) => ({ id: t, term: t, variants, members }) as unknown as GlossaryTerm;
const dictionary = buildDictionary(
  [term('放管服', [], ['简政放权', '放管结合', '优化服务']), term('棚户区改造', ['棚改'])],
  [entity('衡阳综合保税区', ['综合保税区', '综保区']), entity('怀邵衡铁路', [], ['怀邵衡铁路衡阳段'])],
);
const words = new Set(dictionary.words);

describe('tokens', () => {
  it('index Han text as character pairs spelled in ASCII, Latin words as they are, and numbers with their unit', () => {
    const tokens = indexText('建成5G基站97.77%').split(' ');
    expect(tokens).toHaveLength(4);
    expect(tokens[1]).toBe('5g');
    expect(tokens[3]).toMatch(/^f97d77n/);
    expect(tokens.every((t) => /^[0-9a-z]+$/.test(t))).toBe(true);
  });

  it('spell a single character as the prefix of every pair it starts, so one character finds by prefix', () => {
    const [pair] = indexText('脱贫').split(' ');
    expect(pair!.startsWith(indexText('脱'))).toBe(true);
  });

  it('fold full-width letters and digits', () => {
    expect(indexText('ＧＤＰ１２３')).toBe(indexText('GDP123'));
  });

  it('index a number with the unit written after it, so a figure is found only in its own unit', () => {
    const [yi] = indexText('4000亿').split(' ');
    expect(
      indexText('2020年总量达到4000亿元')
        .split(' ')
        .some((t) => t.startsWith(yi!)),
    ).toBe(true);
    expect(
      indexText('4000多亿元')
        .split(' ')
        .some((t) => t.startsWith(yi!)),
    ).toBe(true);
    expect(
      indexText('人均GDP突破4000美元')
        .split(' ')
        .some((t) => t.startsWith(yi!)),
    ).toBe(false);
    // A number alone finds it in any unit, but is no prefix of a longer number.
    const [bare] = indexText('4000').split(' ');
    expect(indexText('4000美元').startsWith(bare!)).toBe(true);
    expect(indexText('40000美元').startsWith(bare!)).toBe(false);
    expect(indexText('97.77%')).toBe(indexText('97.77％'));
  });

  it('never pair characters across segments', () => {
    expect(queryText(['怀邵衡铁路', '建成通车']).split(' ')).toHaveLength(4 + 3);
    expect(queryText(['怀邵衡铁路建成通车']).split(' ')).toHaveLength(8);
  });
});

describe('segmentQuery', () => {
  const cases: [string, string[]][] = [
    ['怀邵衡铁路建成通车', ['怀邵衡铁路', '建成通车']],
    ['综保区', ['综保区']],
    ['加快综合保税区建设', ['加快', '综合保税区', '建设']],
    ['城区 空气质量，达86.1%', ['城区', '空气质量', '达86.1']],
    ['4000亿', ['4000亿']],
  ];
  it.each(cases)('%s', (query, segments) => {
    expect(segmentQuery(query, words, 8)).toEqual(segments);
  });
});

describe('planQuery', () => {
  it('also searches an entity under its other names', () => {
    const plan = planQuery('综保区', dictionary, words, 8);
    expect(plan.searches[0]).toBe(queryText(['综保区']));
    expect([...plan.searches].sort()).toEqual([queryText(['综保区']), queryText(['衡阳综合保税区']), queryText(['综合保税区'])].sort());
    expect(plan.highlights).toEqual(['衡阳综合保税区', '综合保税区', '综保区']);
  });

  it('looks up the phrase as typed and as its other names write it, and the pages about the query and the names in it', () => {
    const plan = planQuery('综保区', dictionary, words, 8);
    expect(plan.phrases[0]).toBe('综保区');
    expect(plan.phrases).toContain('综合保税区');
    expect(plan.names).toEqual(['综保区']);
    expect(planQuery('加快综合保税区建设', dictionary, words, 8).names).toEqual(['加快综合保税区建设', '综合保税区']);
    expect(planQuery('怀邵衡铁路 建成通车', dictionary, words, 8).phrases).toEqual(['怀邵衡铁路建成通车', '怀邵衡铁路衡阳段建成通车']);
  });

  it('leads a slogan member to the slogan, and an abbreviation to its term', () => {
    expect(planQuery('简政放权', dictionary, words, 8).searches).toContain(queryText(['放管服']));
    expect(planQuery('棚改', dictionary, words, 8).searches).toContain(queryText(['棚户区改造']));
  });
});

describe('near misses', () => {
  const near = namesByLength(dictionary.words);

  it('find a name typed with one character wrong, and only then', () => {
    expect(nearMisses('怀绍衡铁路', near)).toEqual([{ typed: '怀绍衡铁路', name: '怀邵衡铁路' }]);
    expect(nearMisses('怀绍衡铁路建成通车', near)).toEqual([{ typed: '怀绍衡铁路', name: '怀邵衡铁路' }]);
    expect(nearMisses('建成通车', near)).toEqual([]);
    // Two characters off, or a name shorter than four characters, is not a slip of one character.
    expect(nearMisses('怀绍衡铁道', near)).toEqual([]);
    expect(nearMisses('综宝区', near)).toEqual([]);
  });

  it('leave a spelling one character from two names alone', () => {
    const two = namesByLength(['衡阳东站', '衡阳西站']);
    expect(nearMisses('衡阳南站', two)).toEqual([]);
    expect(nearMisses('衡阳东占', two)).toEqual([{ typed: '衡阳东占', name: '衡阳东站' }]);
  });

  it('plan the corrected query beside the typed one, the typed searches first', () => {
    const plan = planQuery('怀绍衡铁路', dictionary, words, 8, near);
    expect(plan.corrections).toEqual([{ typed: '怀绍衡铁路', name: '怀邵衡铁路' }]);
    expect(plan.corrected?.query).toBe('怀邵衡铁路');
    expect(plan.searches[0]).toBe(queryText(['怀绍衡铁路']));
    expect(plan.corrected?.searches).toContain(queryText(['怀邵衡铁路']));
    expect(plan.corrected?.highlights).toEqual(expect.arrayContaining(['怀邵衡铁路', '怀邵衡铁路衡阳段']));
    expect(plan.searches.length + plan.corrected!.searches.length).toBeLessThanOrEqual(8);
    // A name typed right is never corrected.
    expect(planQuery('怀邵衡铁路', dictionary, words, 8, near).corrected).toBeUndefined();
  });
});

describe('planQuery on hostile input (a shared link can hold any ?q=)', () => {
  // The real registries: 高新区 has seven other names, so every repeat multiplied the variants by eight.
  const root = join(import.meta.dirname, '..', '..');
  const real = buildDictionary(loadGlossary(join(root, 'content'), root).terms, loadEntities(join(root, 'content'), root).entities);
  const realWords = new Set(real.words);
  const longest = Math.max(...real.words.map((w) => [...w].length));
  const plan = (q: string) => planQuery(q, real, realWords, longest);

  it.each([7, 100])('builds at most 32 variants for 高新区 typed %i times, and searches the typed form first', (times) => {
    expect(real.alternatives['高新区']!.length).toBeGreaterThanOrEqual(7);
    const p = plan('高新区'.repeat(times));
    expect(p.built).toBeLessThanOrEqual(32);
    expect(p.searches.length).toBe(8);
    expect(p.searches[0]).toBe(queryText(p.segments));
    expect(p.highlights).toContain('高新区');
  });

  it('cuts a pasted paragraph of names to its first characters and says so', () => {
    const names = ['衡阳综合保税区', '怀邵衡铁路', '高新区', '松木经开区', '白沙洲工业园', '棚户区改造', '放管服'];
    const paragraph = Array.from({ length: 60 }, (_, i) => `${names[i % names.length]}建设，`).join('');
    expect([...paragraph].length).toBeGreaterThan(300);
    const p = plan(paragraph);
    expect(p.cut).toBe(true);
    expect(p.segments.join('').length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(p.built).toBeLessThanOrEqual(32);
    expect(p.searches.length).toBeLessThanOrEqual(8);
    expect(plan('怀邵衡铁路').cut).toBe(false);
  });

  it('keeps a query of 2,000 characters of any kind bounded: no surrogate pair split, at most 8 searches', () => {
    for (const q of ['𠀀'.repeat(2000), '%'.repeat(2000), 'a'.repeat(2000), '高新区 '.repeat(500)]) {
      const p = plan(q);
      expect(p.built).toBeLessThanOrEqual(32);
      expect(p.searches.length).toBeLessThanOrEqual(8);
      expect(p.segments.join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('reads a 1 MB query only as far as it is searched: the tab is never blocked by what is cut off', () => {
    let convertedChars = 0;
    const toSimplified = pairConverter('衡衡陽阳');
    const counting = (text: string) => {
      convertedChars += [...text].length;
      return toSimplified(text);
    };
    const query = '衡陽'.repeat(512 * 1024);
    const { typed, read, cut } = readQuery(query, counting);
    expect(cut).toBe(true);
    expect([...typed]).toHaveLength(MAX_QUERY_CHARS);
    expect(read).toBe('衡阳'.repeat(MAX_QUERY_CHARS / 2));
    expect(convertedChars).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    // Cut by code points: a pair outside the BMP is never split, and a short query is kept whole.
    expect(cutQuery('𠀀'.repeat(150)).text).toBe('𠀀'.repeat(MAX_QUERY_CHARS));
    expect(readQuery('怀邵衡鐵路', pairConverter('鐵铁'))).toEqual({ typed: '怀邵衡鐵路', read: '怀邵衡铁路', cut: false });
  });

  it('gives the same searches as every combination would for a short query (the bound cuts nothing a reader sees)', () => {
    const p = planQuery('综保区棚改', dictionary, words, 8);
    const all = dictionary.alternatives;
    const expected = [['综保区', '棚改'], ...all['综保区']!.map((a) => [a, '棚改'])];
    expected.push(...expected.flatMap((v) => all['棚改']!.map((a) => [v[0]!, a])));
    expect(p.searches).toEqual([...new Set(expected.map(queryText))].slice(0, 8));
  });
});

describe('excerpt', () => {
  it('shows a window around the first match with every searched word marked', () => {
    const text = `${'前'.repeat(100)}怀邵衡铁路衡阳段建成通车；${'后'.repeat(100)}`;
    const pieces = excerpt(text, ['怀邵衡铁路衡阳段', '建成通车'], 60);
    expect(pieces[0]).toEqual({ text: '…', hit: false });
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['怀邵衡铁路衡阳段', '建成通车']);
    expect(pieces.at(-1)).toEqual({ text: '…', hit: false });
  });
});

describe('ranking', () => {
  it('keeps each record once with its best score', () => {
    expect(
      mergeHits([
        [
          { id: 'a', score: 1 },
          { id: 'b', score: 3 },
        ],
        [{ id: 'a', score: 5 }],
      ]),
    ).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
    ]);
  });

  const hits = [
    { id: 'target', score: 48 },
    { id: 'entity', score: 43 },
    { id: 'p1', score: 28 },
    { id: 'p2', score: 24 },
    { id: 'other', score: 20 },
  ];

  it('looks for the first paragraph among the records holding the phrase whole, best first, else among every hit; never a page about the name', () => {
    expect(firstCandidates(hits, ['p2', 'p1', 'entity'], ['entity', 'target'])).toEqual(['p1', 'p2']);
    expect(firstCandidates(hits, [], ['entity'])).toEqual(['target', 'p1', 'p2', 'other']);
  });

  it('puts the first paragraph first, the pages about the name next, then the rest by score', () => {
    expect(rankHits(hits, 'p1', ['entity', 'target'])).toEqual([
      { id: 'p1', about: false },
      { id: 'target', about: true },
      { id: 'entity', about: true },
      { id: 'p2', about: false },
      { id: 'other', about: false },
    ]);
    expect(rankHits(hits, undefined, []).map((r) => r.id)).toEqual(hits.map((h) => h.id));
  });
});
