/**
 * Radical code points for ideographs. CJK fonts (Noto CJK among them) map some
 * glyphs back to the Kangxi Radicals or CJK Radicals Supplement block in a PDF's
 * text layer, so a PDF printed by Chromium reads `⼯作` and `增⻓` where the page
 * shows 工作 and 增长. Kangxi radicals fold to their ideograph by Unicode's own
 * compatibility mapping (NFKC); the supplement has none, so its ideographs are
 * listed here after Unicode's EquivalentUnifiedIdeograph.txt, for the radicals
 * that stand for a character or a component encoded on its own. Three Kangxi
 * radicals fold to a Traditional form (戶 黃 靑) whose glyph a Simplified font
 * shares with the Simplified character (户 黄 青): in a Simplified text they
 * are read as that.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂',
  '⺄': '乙',
  '⺅': '亻',
  '⺇': '几',
  '⺌': '小',
  '⺕': '彐',
  '⺖': '忄',
  '⺘': '扌',
  '⺟': '母',
  '⺠': '民',
  '⺡': '氵',
  '⺨': '犭',
  '⺩': '王',
  '⺬': '示',
  '⺷': '羊',
  '⺻': '聿',
  '⺾': '艹',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻋': '车',
  '⻌': '辶',
  '⻏': '阝',
  '⻐': '钅',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻖': '阝',
  '⻗': '雨',
  '⻘': '青',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻠': '饣',
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

/**
 * Other code points a CJK font draws with the glyph of a common character, which
 * a PDF's text layer may name instead of it: the horizontal bar for the dash of
 * Chinese text (破折号), and the Extension A character Noto CJK SC draws as 胶.
 */
const SHARED_GLYPH: Record<string, string> = { '\u2015': '—', '\u3b35': '胶' };

const IN_SIMPLIFIED: Record<string, string> = { '\u2f3e': '户', '\u2fc8': '黄', '\u2fad': '青' };

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf\u2015\u3b35]/gu;
/** Radical code points only: a text file may hold the dash U+2015 or 㬵 as written. */
const RADICAL_ONLY = /[\u2e80-\u2eff\u2f00-\u2fdf]/u;

const unify = (r: string, simplified: boolean) =>
  (simplified ? IN_SIMPLIFIED[r] : undefined) ??
  SUPPLEMENT[r] ??
  SHARED_GLYPH[r] ??
  (r.codePointAt(0)! >= 0x2f00 ? r.normalize('NFKC') : r);

/** `text` with every radical that stands for an ideograph replaced by it (`simplified`: the text is in Simplified script); same length in code points. */
export function unifyRadicals(text: string, simplified: boolean): string {
  return text.replace(RADICAL, (r) => unify(r, simplified));
}

export function hasRadicals(text: string): boolean {
  return RADICAL_ONLY.test(text);
}

/**
 * An extracted text file's radicals read as characters (its dashes and other
 * shared glyphs stay as written), and the lines (1-based) where that happened.
 */
export function foldRadicals(text: string, simplified: boolean): { text: string; lines: number[] } {
  const lines: number[] = [];
  const folded = text
    .split('\n')
    .map((line, i) => {
      if (!RADICAL_ONLY.test(line)) return line;
      const read = line.replace(new RegExp(RADICAL_ONLY.source, 'gu'), (r) => unify(r, simplified));
      if (read !== line) lines.push(i + 1);
      return read;
    })
    .join('\n');
  return { text: folded, lines };
}
