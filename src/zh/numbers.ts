/**
 * Numbers as Chinese reports write them: Arabic digits in either width
 * (4020, ４０２０, 16.4), Chinese numerals with place words
 * (一百九十万零三千九百七十一, 两千, 六千八 for 6800), digit by digit
 * (二〇二〇), and a multiplier after either (16.4亿, 1.2万亿). Browser-safe.
 *
 * Written here rather than taken from npm: of the maintained pure-JS readers,
 * none reads the cases their own issue trackers report (tests/unit/zh/numbers.test.ts
 * names them): nzh reads 六千八 as 6008, 两 and 16.4亿 as 0 and 二〇二〇 as 22;
 * chinese-numbers-converter reads 三亿五千万 as 3000050000000 and 16.4亿 as
 * 1639999999.9999998; chinese-parseint2 and @lazy-cjk/zh2num stop at the
 * decimal point or drop the multiplier (4020亿 → 4020 or 40200).
 */

/** Chinese digits in Simplified and Traditional forms; 〇 and 零 are zero, 两/兩 two. */
export const CHINESE_DIGITS = '〇零一二三四五六七八九两兩';
/** Place words within ten thousand. */
export const PLACE_WORDS = '十百千';
/** Multipliers of ten thousand and a hundred million, in both scripts. */
export const BIG_UNITS = '万萬亿億';

const DIGIT_VALUE: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACE_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_EXPONENT: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Full-width digits and point to ASCII. */
export function halfWidth(text: string): string {
  return text.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A decimal written in Arabic digits times 10^exponent, exact where the result is (16.4 × 10^8 is 1640000000, not 1639999999.9999998). */
function shifted(decimal: string, exponent: number): number {
  const [whole, fraction = ''] = decimal.split('.') as [string, string?];
  const moved = fraction.slice(0, exponent).padEnd(exponent, '0');
  const rest = fraction.slice(exponent);
  return Number(`${whole}${moved}${rest ? `.${rest}` : ''}`);
}

/** A section below ten thousand: 三千九百七十一, 十五, 六千八 (a digit after a place word is one place lower). */
function section(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastPlace = 10000;
  let zero = false;
  for (const ch of text) {
    if (ch in DIGIT_VALUE) {
      const d = DIGIT_VALUE[ch]!;
      if (digit !== undefined) return undefined;
      if (d === 0) zero = true;
      else digit = d;
    } else if (ch in PLACE_VALUE) {
      const place = PLACE_VALUE[ch]!;
      if (place >= lastPlace) return undefined;
      // 十五: a leading 十 is 一十.
      if (digit === undefined && !(place === 10 && total === 0 && !zero)) return undefined;
      total += (digit ?? 1) * place;
      digit = undefined;
      lastPlace = place;
      zero = false;
    } else return undefined;
  }
  if (digit !== undefined) total += digit * (lastPlace < 10000 && lastPlace > 10 && !zero ? lastPlace / 10 : 1);
  return total;
}

/** Chinese numerals with place words and multipliers: 一百九十万零三千九百七十一, 三亿五千万, 三万五. */
function placed(text: string): number | undefined {
  for (const big of ['亿', '億', '万', '萬']) {
    const at = text.lastIndexOf(big);
    if (at < 0) continue;
    const exponent = BIG_EXPONENT[big]!;
    const left = text.slice(0, at);
    const head = left === '' ? undefined : /^[0-9.]+$/u.test(left) ? shifted(left, 0) : placed(left);
    if (head === undefined) return undefined;
    const right = text.slice(at + 1);
    if (right === '') return head * 10 ** exponent;
    // 三万五: a lone digit after a multiplier is the place below it (五千).
    const lone = right.length === 1 && right in DIGIT_VALUE && DIGIT_VALUE[right]! > 0;
    const rest = lone ? DIGIT_VALUE[right]! * 10 ** (exponent - 1) : placed(right.replace(/^[零〇]/u, ''));
    if (rest === undefined || rest >= 10 ** exponent) return undefined;
    return head * 10 ** exponent + rest;
  }
  return section(text);
}

/**
 * The value of a number written on its own: Arabic in either width, with or without a multiplier
 * (16.4亿, ４０２０亿), Chinese numerals with place words, or digit by digit (二〇二〇); undefined
 * when the text is not one number.
 */
export function parseNumber(written: string): number | undefined {
  const text = halfWidth(written);
  const arabic = /^(\d+(?:\.\d+)?)(万亿|萬億|亿|億|万|萬)?$/u.exec(text);
  if (arabic) {
    const unit = arabic[2] ?? '';
    const exponent = [...unit].reduce((sum, c) => sum + BIG_EXPONENT[c]!, 0);
    return shifted(arabic[1]!, exponent);
  }
  if (text.length > 1 && [...text].every((c) => c in DIGIT_VALUE && c !== '两' && c !== '兩'))
    return Number([...text].map((c) => DIGIT_VALUE[c]).join(''));
  return placed(text);
}

/** A RegExp source for Arabic digits in either width, with decimals. */
export const ARABIC_NUMBER = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
/**
 * A RegExp source for a run of Chinese numerals that may be a number: it opens with a digit or 十
 * and does not end in a multiplier (so a unit such as 万吨 can take it, as after Arabic digits).
 */
export const CHINESE_NUMBER = `[${CHINESE_DIGITS}十](?:[${CHINESE_DIGITS}${PLACE_WORDS}${BIG_UNITS}]*[${CHINESE_DIGITS}${PLACE_WORDS}])?`;
