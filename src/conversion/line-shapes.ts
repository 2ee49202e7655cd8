/**
 * The structural markers of Chinese government reports and plan outlines, in
 * Simplified or Traditional script.
 * "Strong" markers (篇, 章, 节, 专栏, 图, 附件) always start a new block; "weak" ones
 * (一、, （一）, 1、, （1）, ①, ——) may also occur as the continuation of a wrapped line
 * in a list such as "…，2、农业现代化发展规划，3、…".
 */
import { eitherScript } from '../core/script.ts';
import { ASCII_SENTENCE_END_MARKS, CLOSING_BRACKETS, FULL_STOP_MARKS, HAN, SENTENCE_END_MARKS } from '../zh/chars.ts';
import { CHINESE_DIGITS, PLACE_WORDS } from '../zh/numbers.ts';
import { APPENDIX_LABELS, BULLET_MARKS, IMAGE_PLACEHOLDER_LABELS, PREFACE_LABELS, SITE_LINE_LABELS } from '../zh/markers.ts';

const CN = `[${CHINESE_DIGITS}${PLACE_WORDS}]+`;
/** Markers are written in Simplified here and matched in either script. */
const W = eitherScript;

export type HeadingKind = 'volume' | 'chapter' | 'part' | 'section' | 'subsection' | 'article' | 'item' | 'point' | 'circled';

export const HEADING_PATTERNS: Record<HeadingKind, RegExp> = {
  /** 第一篇 / 第一部分: the parts a plan outline groups its chapters in. */
  volume: new RegExp(`^第${CN}(?:篇|${W('部分')})`),
  chapter: new RegExp(`^第${CN}章`),
  part: new RegExp(`^${CN}、`),
  section: new RegExp(`^第${CN}${W('节')}`),
  subsection: new RegExp(`^[（(]${CN}[）)]`),
  article: /^\d{1,3}、/,
  /** （1） / (1) */
  item: /^[（(]\d{1,2}[）)]/,
  /** 1. / 1． (not a decimal such as 1.7万) */
  point: /^\d{1,2}[.．](?!\d)/,
  circled: /^[\u2460-\u2473]/,
};

/** The order in which heading kinds nest, outermost first. */
export const HEADING_ORDER: HeadingKind[] = ['volume', 'chapter', 'part', 'section', 'subsection', 'article', 'item', 'point', 'circled'];

/** The lowest kinds are headings only as short lines of their own; inside prose they number list items. */
export const LIST_KINDS: HeadingKind[] = ['point', 'circled'];

/** Appendices and end matter a report or outline prints as sections of their own: a line of just the label, its number and a short title. */
export const APPENDIX = new RegExp(
  `^(?:${APPENDIX_LABELS.map(W).join('|')})(?:\\s*[0-9${CHINESE_DIGITS}十]+)?(?:\\s*[：:]?\\s*[^${SENTENCE_END_MARKS}]{0,30})?$`,
);

/** A preface's label on a line of its own (`前言`, `前 言`, `序言`): the body's first heading, never part of the title block. */
export const PREFACE = new RegExp(`^(?:${PREFACE_LABELS.map(W).join('|')})$`, 'u');

export const BOX = new RegExp(`^${W('专栏')}\\s*(\\d+)\\s*[：:]\\s*`);
export const FIGURE = new RegExp(`^${W('图')}\\s*(\\d+)\\s*[：:]\\s*`);
/** A line that names a table: `表1 …`, `表 2：…`, or a title ending in 表 (`重点项目一览表`). */
export const TABLE_TITLE = new RegExp(`^${W('表')}\\s*\\d+|${W('表')}$`);
/** `——` items; `一一` is how some extractions render the same dash. */
export const DASH_ITEM = /^(——|一一)(?=\S)/;
/** Numbered notes such as "9.“衡阳群众”品牌（P15）:即…" (not decimals like "1.7万"). */
export const NOTE_ITEM = /^\d{1,2}\.(?!\d)/;

/**
 * A line that ends a sentence: a sentence end in either width or an ellipsis; a full stop inside a
 * closing quote or bracket; an ASCII full stop after a Chinese character ("提升行业治理能力.").
 */
export const SENTENCE_END = new RegExp(
  `[${SENTENCE_END_MARKS}${ASCII_SENTENCE_END_MARKS}…]$|[${FULL_STOP_MARKS}][${CLOSING_BRACKETS}]$|${HAN}\\.$`,
  'u',
);
export const HAS_SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}${ASCII_SENTENCE_END_MARKS}]`, 'u');
export const ENDS_WITH_COLON = /[：:]$/;

export function headingKindOf(text: string): HeadingKind | undefined {
  return HEADING_ORDER.find((kind) => HEADING_PATTERNS[kind].test(text));
}

export function isStrongStart(text: string): boolean {
  return (
    HEADING_PATTERNS.volume.test(text) ||
    HEADING_PATTERNS.chapter.test(text) ||
    HEADING_PATTERNS.section.test(text) ||
    BOX.test(text) ||
    FIGURE.test(text) ||
    APPENDIX.test(text) ||
    BULLET.test(text) ||
    SITE_LINE.test(text)
  );
}

export function isWeakStart(text: string): boolean {
  return (
    HEADING_PATTERNS.part.test(text) ||
    HEADING_PATTERNS.subsection.test(text) ||
    HEADING_PATTERNS.article.test(text) ||
    HEADING_PATTERNS.item.test(text) ||
    HEADING_PATTERNS.circled.test(text) ||
    DASH_ITEM.test(text) ||
    NOTE_ITEM.test(text)
  );
}

/** A year, month or day in Chinese numerals, as official dates print them (`二〇二二年二月二十二日`; `○` is the zero too). */
const CN_DATE = `[${CHINESE_DIGITS}○]{4}年[${CHINESE_DIGITS}${PLACE_WORDS}]{1,3}月[${CHINESE_DIGITS}${PLACE_WORDS}]{1,3}日`;
/**
 * "2019年4月22日在…会议上", also after a dash ("——2021年1月10日在…") or in Chinese numerals (`——二○二二年二月二十二日在…`);
 * and a dash-led meeting line whose date a preview or scrape damaged (`——2020 1 7 日在…第四次会议上`, its 年 and 月
 * lost): a dash, then 在…会议上, no clause in it.
 */
export const DATE_LINE = new RegExp(
  `^(?:——)?(?:\\d{4}年\\d{1,2}月\\d{1,2}日|${CN_DATE})|^——[^，,。；;]{0,24}${W('在')}[^，,。；;]+${W('会议')}上$`,
  'u',
);
/** Roles a report's speaker or a write-up's author is named by. */
const ROLES = ['市长', '区长', '县长', '省长', '州长', '主任', '书记', '记者', '通讯员', '作者'].map(W).join('|');
export const BYLINE = new RegExp(`(${ROLES})|^■`);
/**
 * A speaker or byline line: an office and a role, then a name of two to four characters
 * (`衡阳市人民政府市长 邓群策`, `衡陽市人民政府市長朱健`, `本报记者 唐海强`), nothing else.
 */
export const SPEAKER_LINE = new RegExp(`^[■\\s]*${HAN}{0,20}(?:${ROLES})(?:\\s*[、，,]?\\s*${HAN}{0,8}(?:${ROLES}))*\\s*${HAN}{2,4}$`, 'u');
/**
 * A news photo's caption, which ends with the photographer's credit (`市长作政府工作报告。周姣姣 摄`, `（记者 王示例 摄）`,
 * `张三/摄`; the space or slash before 摄 is part of the credit, so `…组织拍摄` is none): a line of its own, never run on
 * into the text after it, never a heading.
 */
export const PHOTO_CAPTION = new RegExp(`${HAN}{2,4}(?:\\s+|\\s*[/／]\\s*)${W('摄')}[)）]?$`, 'u');
/**
 * A line holding only what a web page prints where an image stood (`图片`, `[图片]`, `【配图】`, `image`): it stands
 * apart from the lines around it (a long title above it is not continued by it) and is never a heading.
 */
export const IMAGE_PLACEHOLDER = new RegExp(
  `^[\\[【〔（(<]?\\s*(?:${IMAGE_PLACEHOLDER_LABELS.map(W).join('|')})\\s*\\d{0,3}\\s*[\\]】〕）)>]?$`,
  'iu',
);
/** A site's own line about the article (`原标题：…`, `来源：新华社`; SITE_LINE_LABELS of `src/zh/markers.ts`). */
export const SITE_LINE = new RegExp(`^(?:${SITE_LINE_LABELS.map(W).join('|')})\\s*[：:]`, 'u');
/** A line ending in a dash or an ellipsis (`——`, `……`, `......`): it announces what follows or breaks off. */
export const OPEN_END = /(?:——|—|……|…|\.{3,}|。{3,})$/u;
/** A name printed alone on its line, letter-spaced or not (`张 值 恒`, `陈   竞`): the speaker under a title. */
export const NAME_LINE = new RegExp(`^${HAN}(?:\\s*${HAN}){1,3}$`, 'u');
/** A bullet item: `●`, `■`, `◆`, `•`, `▪` and their kin (the kernel's BULLET_MARKS) before the text. */
export const BULLET = new RegExp(`^[${BULLET_MARKS}][\\s\\u3000]*(?=\\S)`, 'u');
/**
 * A stray line, as a preview or a scrape leaves them (`70`, `400协和`): no two Chinese characters, or a
 * number that is no heading marker and fewer than four Chinese characters after it. Never a heading.
 */
export function isStray(text: string): boolean {
  const han = text.match(new RegExp(HAN, 'gu'))?.length ?? 0;
  return han < 2 || (/^\d/u.test(text) && !headingKindOf(text) && han < 4);
}

/**
 * A lead phrase: a short opening sentence without a comma, such as "铁路。" or
 * "经济运行质量稳步提升。", which these documents use as a run-in title.
 */
export const LEAD_PHRASE = /^(?:\*\*)?[^，,。：:；;、\s*]{2,16}[。：:](?:\*\*)?/;
