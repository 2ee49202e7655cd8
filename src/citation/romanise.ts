/**
 * A Chinese title in Hanyu Pinyin, word by word and without tone marks, for the
 * English (APA) citation: APA asks for a title in a non-Latin script to be given
 * in a form an English reader can search and say. Words are the kernel's
 * (src/zh/phrases.ts: the dictionary segmenter's, with a Chinese numeral whole),
 * each written as one pinyin word (政府工作报告 → zhengfu gongzuo baogao,
 * 第十五届 → di shiwu jie); figures stay, full-width punctuation becomes its
 * Latin form, set against the word it opens or closes, and the first letter is
 * capitalised (sentence case).
 */
import { pinyin } from 'pinyin-pro';
import { hasHan, isClosingMark, isHan, isOpeningMark } from '../zh/chars.ts';
import { words } from '../zh/phrases.ts';

/** Full-width marks in their Latin form; book-title marks go, as an English title has none. */
const LATIN: Record<string, string> = {
  '：': ':',
  '，': ',',
  '、': ',',
  '；': ';',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '《': '',
  '》': '',
  '—': '–',
  '－': '-',
};

export function romanised(text: string): string {
  // Each character's reading is taken in the context of the whole title, so a polyphone reads as it does there (大城 dacheng).
  const readings = pinyin(text, { type: 'all', toneType: 'none', v: false });
  let out = '';
  let at = 0;
  // An opening mark holds on to the word after it, a closing mark to the word before (“十三五”规划 → "shisanwu" guihua).
  let opened = true;
  for (const segment of words(text)) {
    const chars = [...segment];
    const word = hasHan(segment)
      ? chars.map((ch, i) => (isHan(ch) ? readings[at + i]!.pinyin : ch)).join('')
      : chars.map((ch) => LATIN[ch] ?? ch).join('');
    at += chars.length;
    if (!word.trim()) continue;
    const glued = opened || isClosingMark(chars[0]!) || /^[-–]/.test(word);
    out += glued ? word : ` ${word}`;
    opened = isOpeningMark(chars.at(-1)!) || /[-–]$/.test(word);
  }
  // Sentence case: the first word's letter, after any opening quote; a title that opens with a figure keeps it first.
  return out.replace(/^([^\p{L}\p{N}]*)(\p{L})/u, (_, marks: string, first: string) => marks + first.toUpperCase());
}
