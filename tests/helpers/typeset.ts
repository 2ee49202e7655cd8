/**
 * An independent PDF-style typesetter and extractor for reflow tests: sets
 * paragraphs at a fixed width in em (by East Asian display width, closing marks
 * hang at a line end and opening marks never end a line, as Chinese typesetting
 * does), then writes the text an extraction tool would give: optional blank
 * lines between lines, page numbers with a leading space on the line after,
 * spaces around digit runs, half-width punctuation.
 */
import { displayWidth } from '../../src/conversion/whitespace.ts';
import { seededRandom } from '../../src/core/random.ts';
import { HAN } from '../../src/zh/chars.ts';

const HAN_DIGIT = new RegExp(`(?<=${HAN})(?=\\d)|(?<=\\d)(?=${HAN})`, 'gu');

export interface ExtractOptions {
  width: number;
  blankLines: boolean;
  /** Lines per page; a page number line follows each page. */
  pageLines: number;
  digitSpaces: boolean;
  halfWidth: boolean;
  /**
   * How the extraction renders the two-em first-line indent every paragraph is set with;
   * `none`: set without one (only `extractByCount` does).
   */
  indent: 'fullwidth' | 'spaces' | 'lost' | 'none';
}

const CLOSING = new Set('，。、；：！？）」』”’》%');
const OPENING = new Set('（「『“‘《');

/** Sets a paragraph at `width` em; the first line starts `indent` em in. */
export function typeset(paragraph: string, width: number, indent = 0): string[] {
  const chars = [...paragraph];
  const lines: string[] = [];
  let line: string[] = [];
  let w = indent;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cw = displayWidth(ch);
    if (w + cw > width && line.length && !CLOSING.has(ch)) {
      // An opening mark moves down with the character it opens.
      const carried = OPENING.has(line.at(-1)!) && line.length > 1 ? [line.pop()!] : [];
      lines.push(line.join(''));
      line = carried;
      w = displayWidth(carried.join(''));
    }
    line.push(ch);
    w += cw;
  }
  if (line.length) lines.push(line.join(''));
  return lines;
}

const HALF: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };

export function toHalfWidth(text: string): string {
  return text.replace(/[，：；（）]/gu, (c) => HALF[c]!);
}

/** Spaces around every digit run that touches a Han character ("提高到 320 元"). */
export function spaceDigits(line: string): string {
  return line.replace(HAN_DIGIT, ' ');
}

/** Cuts a paragraph every `width` characters, as a plain-text tool does: no widths, no rules for marks; the indent counts. */
export function cutByCount(paragraph: string, width: number, indent = 0): string[] {
  const chars = [...paragraph];
  const lines: string[] = [];
  for (let start = 0, room = width - indent; start < chars.length; start += room, room = width)
    lines.push(chars.slice(start, start + room).join(''));
  return lines;
}

/** The text an extraction gives of paragraphs set by `typeset` (a PDF). */
export function extract(paragraphs: string[], options: ExtractOptions): string {
  return render(paragraphs, options, (p) => typeset(p, options.width, 2));
}

/** The same of paragraphs cut by count (`cutByCount`), as a text re-wrapped by a plain-text tool. */
export function extractByCount(paragraphs: string[], options: ExtractOptions): string {
  return render(paragraphs, options, (p) => cutByCount(p, options.width, options.indent === 'none' ? 0 : 2));
}

function render(paragraphs: string[], options: ExtractOptions, lay: (paragraph: string) => string[]): string {
  const out: string[] = [];
  let count = 0;
  let page = 1;
  let pageBreak = false;
  const indent = { fullwidth: '\u3000\u3000', spaces: '  ', lost: '', none: '' }[options.indent];
  for (const p of paragraphs) {
    for (const [k, set] of lay(p).entries()) {
      const line = (k === 0 ? indent : '') + (options.digitSpaces ? spaceDigits(set) : set);
      out.push(pageBreak ? ` ${line}` : line);
      if (options.blankLines) out.push('');
      pageBreak = false;
      if (++count % options.pageLines === 0) {
        out.push(String(page++));
        if (options.blankLines) out.push('');
        pageBreak = true;
      }
    }
  }
  return out.join('\n');
}

/** Paragraphs of report prose with many figures, codes and half-width marks. */
export function synthetic(seed: number): string[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const n = () => String(Math.floor(r() * 10 ** (1 + Math.floor(r() * 4))));
  const clauses = [
    () => `全市实现地区生产总值${n()}.${n()}亿元`,
    () => `增长${n()}.${Math.floor(r() * 10)}%`,
    () => `城乡低保标准由每人每月${n()}元、${n()}元分别提高到${n()}元、${n()}元`,
    () => `新建改造G${n()}、S${n()}等国省干线${n()}公里`,
    () => `实施PPP项目${n()}个，总投资${n()}亿元`,
    () => `建成5G基站${n()}个`,
    () => `完成${n()}个老旧小区改造`,
    () => `引进“三类500强”企业${n()}家`,
    () => `税收收入占比达到${n()}.${n()}%，同比提高${n()}.${n()}个百分点`,
    () => `东洲湘江大桥即将中跨合龙`,
    () => `工业原地倍增计划深入实施`,
  ];
  const paragraphs: string[] = [];
  for (let p = 0; p < 60; p++) {
    const lead = r() < 0.3 ? `${pick(['经济运行稳中向好', '民生保障持续加强', '基础设施不断完善', '铁路'])}。` : '';
    const sentences: string[] = [];
    for (let s = 1 + Math.floor(r() * 5); s > 0; s--) {
      const parts = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(clauses)());
      sentences.push(parts.join(r() < 0.5 ? '，' : '；') + '。');
    }
    paragraphs.push(lead + sentences.join(''));
  }
  return paragraphs;
}
