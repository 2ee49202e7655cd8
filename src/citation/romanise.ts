/**
 * A Chinese title in Hanyu Pinyin, word by word and without tone marks, for the
 * English (APA) citation: APA asks for a title in a non-Latin script to be given
 * in a form an English reader can search and say. Words are the kernel's
 * (src/zh/phrases.ts: the dictionary segmenter's, with a Chinese numeral whole),
 * each written as one pinyin word (政府工作报告 → zhengfu gongzuo baogao,
 * 第十五届 → di shiwu jie); figures stay, full-width punctuation becomes its
 * Latin form, set against the word it opens or closes, and the first letter is
 * capitalised (sentence case). A proper name the caller gives (the places the
 * registries hold: 衡阳市, 石鼓区, 湖南省) is one word, capitalised, and its
 * administrative generic a word of its own (Hengyang shi, Shigu qu, Hunan
 * sheng); the name without that generic is found too (大城衡阳 → dacheng Hengyang).
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

/** The generic a place's name ends in: 衡阳|市, 石鼓|区, 湖南|省, 演武坪|社区. */
const GENERIC = /(省|市|县|区|社区|镇|乡|村)$/u;

/** The places named in `text`, longest first where two start at one character: each its offsets, and where its generic starts. */
function namesIn(text: string, properNames: readonly string[]): { start: number; stem: number; end: number }[] {
  const forms = new Map<string, number>();
  for (const name of properNames) {
    const stem = name.replace(GENERIC, '');
    // A stem of one character (新市镇 → 新市 stays; 县 alone is no name) is too short to stand for the place.
    if ([...stem].length >= 2 && stem !== name) forms.set(stem, stem.length);
    forms.set(name, [...stem].length >= 2 ? stem.length : name.length);
  }
  const found: { start: number; stem: number; end: number }[] = [];
  const sorted = [...forms].sort(([a], [b]) => b.length - a.length);
  for (let at = 0; at < text.length;) {
    const hit = sorted.find(([form]) => text.startsWith(form, at));
    if (!hit) {
      at++;
      continue;
    }
    found.push({ start: at, stem: at + hit[1], end: at + hit[0].length });
    at += hit[0].length;
  }
  return found;
}

export function romanised(text: string, properNames: readonly string[] = []): string {
  // Each character's reading is taken in the context of the whole title, so a polyphone reads as it does there (银行 yinhang, 重大 zhongda).
  const readings = pinyin(text, { type: 'all', toneType: 'none', v: false });
  // The title's words: the kernel's, except that a proper name and its generic are words of their own.
  const segments: { text: string; proper: boolean }[] = [];
  let from = 0;
  for (const name of namesIn(text, properNames)) {
    segments.push(...words(text.slice(from, name.start)).map((w) => ({ text: w, proper: false })));
    segments.push({ text: text.slice(name.start, name.stem), proper: true });
    if (name.end > name.stem) segments.push({ text: text.slice(name.stem, name.end), proper: false });
    from = name.end;
  }
  segments.push(...words(text.slice(from)).map((w) => ({ text: w, proper: false })));
  let out = '';
  let at = 0;
  // An opening mark holds on to the word after it, a closing mark to the word before (“十三五”规划 → "shisanwu" guihua).
  let opened = true;
  for (const { text: segment, proper } of segments) {
    const chars = [...segment];
    const spelled = hasHan(segment)
      ? chars.map((ch, i) => (isHan(ch) ? readings[at + i]!.pinyin : ch)).join('')
      : chars.map((ch) => LATIN[ch] ?? ch).join('');
    const word = proper ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
    at += chars.length;
    if (!word.trim()) continue;
    const glued = opened || isClosingMark(chars[0]!) || /^[-–]/.test(word);
    out += glued ? word : ` ${word}`;
    opened = isOpeningMark(chars.at(-1)!) || /[-–]$/.test(word);
  }
  // Sentence case: the first word's letter, after any opening quote; a title that opens with a figure keeps it first.
  return out.replace(/^([^\p{L}\p{N}]*)(\p{L})/u, (_, marks: string, first: string) => marks + first.toUpperCase());
}
