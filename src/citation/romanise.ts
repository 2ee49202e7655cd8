/**
 * A Chinese title in Hanyu Pinyin, word by word and without tone marks, for the
 * English (APA) citation: APA asks for a title in a non-Latin script to be given
 * in a form an English reader can search and say. Words are cut by the runtime's
 * dictionary segmenter (Intl.Segmenter), each written as one pinyin word
 * (政府工作报告 → zhengfu gongzuo baogao); figures stay, full-width punctuation
 * becomes its Latin form, and the first letter is capitalised (sentence case).
 */
import { pinyin } from 'pinyin-pro';
import { hasHan, isHan } from '../zh/chars.ts';

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
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
  for (const { segment } of WORDS.segment(text)) {
    const chars = [...segment];
    const word = hasHan(segment)
      ? chars.map((ch, i) => (isHan(ch) ? readings[at + i]!.pinyin : ch)).join('')
      : chars.map((ch) => LATIN[ch] ?? ch).join('');
    at += chars.length;
    if (!word.trim()) continue;
    const glued = out === '' || /^[:,;)\-–]/.test(word) || /[("\-–]$/.test(out);
    out += glued ? word : ` ${word}`;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
