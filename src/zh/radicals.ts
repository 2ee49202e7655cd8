/**
 * Radical code points that stand for whole characters in extracted text. A PDF
 * font whose glyph for 工 is also its glyph for the Kangxi radical ⼯ (U+2F2F)
 * may map it back to the radical: pdf.js reads Chromium's PDFs set in Noto CJK
 * as `⼀⼤⼈⺠` for `一大人民`. Radicals are never the text of a report, so they
 * are read as the characters they equal: Kangxi radicals (U+2F00–2FD5) by
 * Unicode's compatibility decomposition (NFKC), the supplement's (U+2E80–2EF3)
 * by Unicode's EquivalentUnifiedIdeograph.txt, for those that stand for a word's
 * character (a component such as ⺡ 氵 is left as it is). Those give the
 * Traditional form where the two differ (⼾ is 戶); a Simplified font's glyph is
 * the Simplified one (户), so a Simplified text passes its own form (`simplify`).
 */
const SUPPLEMENT: Record<string, string> = {
  '⺟': '母',
  '⺠': '民',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};

const RADICALS = '\\u2F00-\\u2FD5\\u2E9F-\\u2EF3';
const RADICAL = new RegExp(`[${RADICALS}]`, 'gu');
const HAS_RADICAL = new RegExp(`[${RADICALS}]`, 'u');

/** The character a radical code point stands for, or the radical itself where it is only a component. */
export function unifiedOf(radical: string): string {
  const code = radical.codePointAt(0)!;
  if (code >= 0x2f00 && code <= 0x2fd5) return radical.normalize('NFKC');
  return SUPPLEMENT[radical] ?? radical;
}

export function hasRadicals(text: string): boolean {
  return HAS_RADICAL.test(text);
}

/** The text with radicals read as characters, and the lines (1-based) where that happened; `simplify` for a Simplified text. */
export function foldRadicals(text: string, simplify?: (ch: string) => string): { text: string; lines: number[] } {
  if (!HAS_RADICAL.test(text)) return { text, lines: [] };
  const lines = new Set<number>();
  const folded = text
    .split('\n')
    .map((line, i) =>
      line.replace(RADICAL, (r) => {
        const unified = unifiedOf(r);
        const simple = unified !== r && simplify ? simplify(unified) : unified;
        const u = [...simple].length === 1 ? simple : unified;
        if (u !== r) lines.add(i + 1);
        return u;
      }),
    )
    .join('\n');
  return { text: folded, lines: [...lines] };
}
