/**
 * Proposes glossary terms: every string in Chinese quotes (“…”) and every
 * numbered slogan (三大攻坚战, 四个全面, 3311工程 …), with how often it occurs,
 * minus what the glossary, the entity registry or the reviewed stoplist
 * already covers.
 */
import { type Candidate, tally } from './source-texts.ts';
import { HAN } from '../zh/chars.ts';
import { CHINESE_DIGITS, PLACE_WORDS } from '../zh/numbers.ts';

const QUOTED = /“([^“”]{1,12})”/gu;
const NUMERAL = `[${CHINESE_DIGITS}${PLACE_WORDS}万]`;
const NUMBERED = new RegExp(
  [
    `${NUMERAL}大${HAN}{0,4}?(?:攻坚战|工程|战略|行动|体系|产业|板块)`,
    `${NUMERAL}个(?:全面|意识|自信|维护|坚持|一批|必须|确保)`,
    `\\d{3,4}(?:工程|计划|体系|人才工程)`,
    `${NUMERAL}(?:稳|保)(?!${HAN}{2})`,
  ].join('|'),
  'gu',
);

export function findGlossaryCandidates(texts: Map<string, string>, covered: Set<string>): Candidate[] {
  const found = new Map<string, Map<string, number>>();
  const add = (s: string, doc: string) => {
    const perDoc = found.get(s) ?? new Map<string, number>();
    perDoc.set(doc, (perDoc.get(doc) ?? 0) + 1);
    found.set(s, perDoc);
  };
  for (const [doc, text] of texts) {
    for (const m of text.matchAll(QUOTED)) add(m[1]!, doc);
    // Quoted slogans are counted above; blank them so they are not counted twice.
    for (const m of text.replace(QUOTED, (q) => ' '.repeat(q.length)).matchAll(NUMBERED)) add(m[0], doc);
  }
  return tally(found).filter((c) => !covered.has(c.candidate));
}
