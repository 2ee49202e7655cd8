/**
 * Which script a Chinese text is written in, and its Simplified reading
 * (src/zh/reading.ts), with OpenCC's Traditional-to-Simplified tables
 * (opencc-js). Node only: the tables are too large for the browser.
 */
import * as OpenCC from 'opencc-js';
import { type Reading, readingOf } from '../zh/reading.ts';
import { isHan } from '../zh/chars.ts';

export type Script = 'zh-Hant' | 'zh-CN';

/** Taiwan and standard Traditional forms and phrases to mainland Simplified. */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });

const forms = new Map<string, 'simplified' | 'traditional' | 'both'>();

/** Whether a character exists only in one script: 怀 only Simplified, 懷 only Traditional, 著 or 中 in both. */
function formOf(ch: string): 'simplified' | 'traditional' | 'both' {
  let form = forms.get(ch);
  if (form === undefined) {
    form = toTraditional(ch) !== ch ? 'simplified' : toSimplified(ch) !== ch ? 'traditional' : 'both';
    forms.set(ch, form);
  }
  return form;
}

/**
 * Traditional when it holds more characters found only in Traditional (懷, 鐵)
 * than characters found only in Simplified (怀, 铁). A Simplified text may use
 * a character that also has a Simplified form of its own (the 著 of 显著); it
 * still holds far more Simplified-only ones.
 */
export function detectScript(text: string): Script {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    const form = formOf(ch);
    if (form === 'simplified') simplified++;
    else if (form === 'traditional') traditional++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-CN';
}

/**
 * A word as a regular-expression source that matches it in either script, one
 * character class per character (节 -> [节節]): structural markers and bylines
 * are found in a Traditional copy as in its original. Han characters only.
 */
export function eitherScript(word: string): string {
  return [...word]
    .map((ch) => {
      const traditional = toTraditional(ch);
      return traditional === ch || [...traditional].length !== 1 ? ch : `[${ch}${traditional}]`;
    })
    .join('');
}

/**
 * The reading matching and search use: format characters, pinyin glosses and spaces between Chinese characters
 * left out, and Simplified forms for a Traditional text.
 */
export function readingFor(text: string, script: Script): Reading {
  return readingOf(text, script === 'zh-Hant' ? toSimplified : undefined, { extracted: true });
}

/**
 * Traditional-to-Simplified forms of single characters, for the browser's query
 * reading, as one string of pairs ("懷怀鐵铁…": half the bytes of a JSON object).
 * A character the site's Simplified texts use (`simplifiedText`) is left out:
 * alone, OpenCC would turn the 著 of 显著 into 着.
 */
export function simplifiedCharacters(simplifiedText: string): string {
  const used = new Set(simplifiedText);
  let pairs = '';
  for (const [from, to] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (used.has(ch)) continue;
      const s = toSimplified(ch);
      if (s !== ch && [...s].length === 1) pairs += ch + s;
    }
  }
  return pairs;
}
