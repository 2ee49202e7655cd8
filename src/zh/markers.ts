/**
 * Structural markers of Chinese reports that more than one stage reads: the
 * conversion finds a section by them, the index reads its stance from them.
 * Written in Simplified; consumers match them in either script
 * (eitherScript in src/core/script.ts). Browser-safe.
 */

/** Appendices and end matter a report or outline prints as sections of their own. */
export const APPENDIX_LABELS = ['附件', '附表', '附录', '名词解释'] as const;

/** Labels of the section before a document's first part (`前言`, printed letter-spaced as `前 言` too): a heading of the body. */
export const PREFACE_LABELS = ['前言', '序言', '引言', '导言'] as const;

/**
 * Marks that open a bullet item (`● 新建幼儿园10所`): filled and hollow circles, squares, diamonds, triangles and
 * stars as reports, web pages and PDF extractions print them. The mark is a character of the text and stays in it.
 * Not `○` (a zero in 二○一九年, which a wrapped line may open with) nor `□` (a placeholder for an unreadable character).
 */
export const BULLET_MARKS = '●■◆•▪◇▲►▶◎★☆◦‣▫';

/**
 * What a web page or a copy of it prints where an image stood (its alt text or the site's placeholder): `图片`, `[图片]`,
 * `配图`, `image`. A line of just one of these is no text of the document's: it joins neither neighbour and heads nothing.
 */
export const IMAGE_PLACEHOLDER_LABELS = ['图片', '图像', '配图', '插图', 'image', 'img', 'photo', 'picture'] as const;

/**
 * Labels a news or document site prints before its own details of an article, each followed by a colon
 * (`原标题：…`, `来源：新华社`, `发布时间：…`): a site's line, never the document's text, and never part of its title.
 */
export const SITE_LINE_LABELS = ['原标题', '来源', '作者', '责任编辑', '编辑', '发布时间', '发布日期', '浏览次数', '字号'] as const;
