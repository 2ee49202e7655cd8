/**
 * Classifies reflowed blocks into a document tree: the title block, headings of
 * every kind with their nesting depth, 专栏 boxes, figure captions and paragraphs.
 */
import type { AsideNode, BodyNode, DocumentTree, FrontLine, HeadingNode } from './document-tree.ts';
import { SourceError, quote } from '../core/errors.ts';
import { toSimplified } from '../core/script.ts';
import {
  APPENDIX,
  BOX,
  BULLET,
  BYLINE,
  DATE_LINE,
  ENDS_WITH_COLON,
  NAME_LINE,
  OPEN_END,
  PHOTO_CAPTION,
  PREFACE,
  SPEAKER_LINE,
  SITE_LINE,
  FIGURE,
  HAS_SENTENCE_END,
  IMAGE_PLACEHOLDER,
  HEADING_ORDER,
  HEADING_PATTERNS,
  type HeadingKind,
  SENTENCE_END,
  LIST_KINDS,
  headingKindOf,
  isStray,
} from './line-shapes.ts';
import { type Block, SHORT_LINE, isHeadingLike } from './reflow.ts';
import { displayWidth } from './whitespace.ts';
import { groupBullets } from './lists.ts';
import { FULL_STOP_MARKS, HAN, isClosingMark, isOpeningMark } from '../zh/chars.ts';
import { PINYIN_GLOSS } from '../zh/reading.ts';

/** A heading's run-in lead ends at the first full stop within this many characters. */
const LEAD_LIMIT = 45;

/** Quotation marks NFKC leaves as they are, folded to one form each. */
const QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': "'", '』': "'" };

/**
 * A title for matching: no spacing or bold markers, full- and half-width punctuation alike (`（全文）` = `(全文)`), Traditional
 * as Simplified, and read without a scraped copy's pinyin glosses (`政府工作報(bào)告` is `政府工作報告`).
 */
const compact = (s: string) =>
  toSimplified(
    s
      .replace(PINYIN_GLOSS, '')
      .normalize('NFKC')
      .replace(/[\s*]/gu, '')
      .replace(/[“”‘’「」『』]/gu, (q) => QUOTES[q]!),
  );

/** A line's shape is read without a scraped copy's pinyin glosses (`…區(qū)長(zhǎng)李明` is a speaker's line). */
const unglossed = (text: string) => text.replace(PINYIN_GLOSS, '');

export function frontLength(blocks: Block[]): number {
  let n = 0;
  while (
    n < blocks.length &&
    isHeadingLike(blocks[n]!.text) &&
    !headingKindOf(blocks[n]!.text) &&
    !PREFACE.test(blocks[n]!.text.replace(/\s/gu, ''))
  )
    n++;
  return n;
}

/** The opening lines and their roles; `title` undefined for a text that prints none (documents.yaml says `untitled`). */
export function classifyFront(blocks: Block[], title: string | undefined, file: string): FrontLine[] {
  const lines: FrontLine[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // "2019年4月22日在衡阳市石鼓区 / 第四届…会议上": a date line broken before its meeting.
    if (opensDateLine(blocks, i) && !b.text.endsWith('上') && blocks[i + 1]?.text.endsWith('上')) {
      lines.push({ role: 'date', text: b.text + blocks[i + 1]!.text, line: b.line });
      i++;
      continue;
    }
    const read = unglossed(b.text);
    // A photo's caption names its subject's office (`…市长作政府工作报告。李摄影 摄`) but is no byline.
    const byline = BYLINE.test(read) && !PHOTO_CAPTION.test(read);
    lines.push({ role: DATE_LINE.test(read) ? 'date' : byline ? 'byline' : 'kicker', text: b.text, line: b.line });
  }
  if (title === undefined) return lines;
  const want = compact(title);
  for (let start = 0; start < lines.length; start++) {
    let joined = '';
    for (let end = start; end < lines.length && joined.length < want.length; end++) {
      joined += compact(lines[end]!.text);
      if (joined === want) {
        const merged: FrontLine = {
          role: 'title',
          text: lines
            .slice(start, end + 1)
            .map((l) => l.text)
            .join(''),
          line: lines[start]!.line,
        };
        return [...lines.slice(0, start), merged, ...lines.slice(end + 1)];
      }
    }
  }
  throw new SourceError(
    file,
    blocks[0]?.line ?? 1,
    `the title ${quote(title)} from documents.yaml does not appear in the document's opening lines (${lines.length ? quote(lines.map((l) => l.text).join(' / ')) : 'none'}); the title must be the document's own, or "untitled: true" if the text prints none.`,
  );
}

/**
 * Short lines that are no headings: a speaker or byline line, a bullet item, a stray line, a date line, an image's
 * placeholder (`图片`), and a line that ends by pointing past itself (`五年成绩喜人——` before the items it announces, `…全部出列……` cut short): a heading
 * ends on its own words.
 */
function notHeading(text: string): boolean {
  const read = unglossed(text);
  return (
    SPEAKER_LINE.test(read) ||
    BULLET.test(text) ||
    isStray(text) ||
    DATE_LINE.test(read) ||
    OPEN_END.test(text) ||
    PHOTO_CAPTION.test(text) ||
    IMAGE_PLACEHOLDER.test(text)
  );
}

/**
 * A line that may be half of a title set over two lines: heading-like, unnumbered, no heading by its own kind of
 * line (a speaker, a date, a stray piece), and with no clause or list mark in it (two headings in a row are each a
 * phrase of their own; a title's halves read as one phrase broken where the line ran out).
 */
function titleLine(text: string): boolean {
  return (
    isHeadingLike(text) &&
    !notHeading(text) &&
    !headingKindOf(text) &&
    !BOX.test(text) &&
    !FIGURE.test(text) &&
    !APPENDIX.test(text) &&
    !/[，、：,;；:]/.test(text)
  );
}

/** A short line with no sentence or colon in it: a list-numbered line that is a heading ("1.加快发展现代农业"). */
function listHeading(text: string): boolean {
  return displayWidth(text) <= SHORT_LINE && !HAS_SENTENCE_END.test(text) && !/[：:]/.test(text);
}

/** A full stop, with the bold marker it may close. */
const FULL_STOP = new RegExp(`[${FULL_STOP_MARKS}](?:\\*\\*)?`, 'u');

/** Splits "（一）经济发展实现新的跨越。2012年，…" into its heading and the paragraph after it. */
function splitLead(text: string, kind: HeadingKind): [string, string] {
  const marker = text.match(HEADING_PATTERNS[kind])![0];
  const rest = text.slice(marker.length);
  const stop = rest.search(FULL_STOP);
  if (stop >= 0 && stop < LEAD_LIMIT) {
    const end = rest.slice(stop).match(FULL_STOP)![0].length + stop;
    return [marker + rest.slice(0, end), rest.slice(end)];
  }
  return displayWidth(text) <= LEAD_LIMIT ? [text, ''] : [marker, rest];
}

/** The title is looked for in at most this many opening blocks, before the first numbered heading. */
const OPENING_BLOCKS = 12;
/** At most this many lines stand between a title and the salutation that opens a speech (date, speaker, a site's lines). */
const TITLE_BLOCK_LINES = 4;

/** How many opening blocks the title is looked for in: those before the first numbered heading, at most OPENING_BLOCKS. */
function openingBlocks(blocks: Block[]): number {
  const stop = blocks.findIndex((b) => headingKindOf(b.text));
  return stop < 0 || stop > OPENING_BLOCKS ? Math.min(blocks.length, OPENING_BLOCKS) : stop;
}

/** Where the title printed in the opening blocks starts and ends: its last printing (a web page heads the text with its own copy of it). */
function lastTitle(blocks: Block[], title: string): { start: number; end: number } | undefined {
  const want = compact(title);
  const stop = openingBlocks(blocks);
  for (let start = stop - 1; start >= 0; start--) {
    let joined = '';
    for (let end = start; end < stop && joined.length < want.length; end++) {
      joined += compact(blocks[end]!.text);
      if (joined === want) return { start, end: end + 1 };
    }
  }
  return undefined;
}

/** Marks of a clause or sentence, full- and half-width: the text before a title set apart has none. */
const CLAUSE = /[，。；：！？,;]/u;
/** A character that runs on into the words next to it: a Chinese character, a digit, `_`. */
const WORD_CHAR = new RegExp(`^(?:${HAN}|[0-9０-９_])$`, 'u');

/**
 * Whether a title printed inside a block stands apart from the text before it (`before`) and after it (`after`), as a line
 * of its own would: on each side nothing, a mark or a Latin letter (`…(全文)` before it, a site's token after it; not a
 * digit or `_`, which join a year or a file's name to it, nor a bracket opening after it), a copy of the title (a breadcrumb ending with the headline), or after it a line of known shape (a salutation
 * `各位代表：`, a date line, a site's `原标题：`/`来源：` line). Never a quotation inside a sentence: no clause before it
 * in the block, no opening mark right before it, no closing mark right after it.
 */
function standsApart(before: string, after: string, want: string): boolean {
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  if (CLAUSE.test(before) || isOpeningMark(last) || isClosingMark(first)) return false;
  const apartBefore = !last || !WORD_CHAR.test(last) || compact(before).endsWith(want);
  const salutation = after.match(/^[^：:]{1,12}[：:]/u)?.[0];
  const apartAfter =
    !first ||
    (!WORD_CHAR.test(first) && !isOpeningMark(first)) ||
    compact(after).startsWith(want) ||
    (salutation !== undefined && isSalutation(salutation)) ||
    DATE_LINE.test(unglossed(after)) ||
    SITE_LINE.test(after);
  return apartBefore && apartAfter;
}

/**
 * The title run into the lines around it, where a copy's lines lack the marks that would have kept them apart (a site's
 * breadcrumb ending with the headline, then the title, then its `原标题`/`来源` lines, all across blank lines; a page
 * flattened onto one line, the title running into `各位代表：`; a letter-spaced title with a site's token after it): its
 * last printing inside an opening block that stands apart from the text around it (`standsApart`). The block is parted
 * into what stands before the title, the title and what follows, each keeping the block's line; undefined where no
 * such printing is found.
 */
function partedAtTitle(blocks: Block[], title: string): Block[] | undefined {
  const want = compact(title);
  if (!want) return undefined;
  for (let b = openingBlocks(blocks) - 1; b >= 0; b--) {
    const { text, line } = blocks[b]!;
    for (let k = text.length - 1; k >= 0; k--) {
      if (compact(text[k]!) !== want[0]) continue;
      for (let m = k + 1; m <= text.length; m++) {
        const got = compact(text.slice(k, m));
        if (got.length > want.length) break;
        if (got !== want) continue;
        const before = text.slice(0, k).trimEnd();
        const after = text.slice(m).trimStart();
        if (!standsApart(before, after, want)) break;
        const pieces = [before, text.slice(k, m), after].filter((t) => t).map((t) => ({ text: t, line }));
        return [...blocks.slice(0, b), ...pieces, ...blocks.slice(b + 1)];
      }
    }
  }
  return undefined;
}

/** Block i is a date line, or the first half of one broken before its meeting (`——2020 1 7日在…第四次` / `会议上`). */
function opensDateLine(blocks: Block[], i: number): boolean {
  const read = unglossed(blocks[i]!.text);
  return DATE_LINE.test(read) || (blocks[i + 1] !== undefined && DATE_LINE.test(read + unglossed(blocks[i + 1]!.text)));
}

/** Index of the first block that opens with a heading number (the blocks' length if none does). */
function firstNumbered(blocks: Block[]): number {
  const i = blocks.findIndex((b) => headingKindOf(b.text));
  return i < 0 ? blocks.length : i;
}

/** A speech's salutation (`各位代表：`): a short line ending in a colon, with no sentence in it. */
const isSalutation = (text: string) => ENDS_WITH_COLON.test(text) && !HAS_SENTENCE_END.test(text) && displayWidth(text) <= 12;

/**
 * The title block and where the body starts. A text with a title has at least its title line in front; an untitled one
 * may open straight with its body. Where the title is not in the opening lines, it is looked for in the opening blocks
 * (a news lead `1月18日，…作《政府工作报告》。`, `以下是报告全文：`, or a web page's own lines stand before it), at its last
 * printing before the first numbered heading; the blocks before it are kept in front, a sentence as a `lead`, a short line
 * by its shape. After the title (or the opening lines of an untitled text), where a speech's salutation (`各位代表：`)
 * follows within a few lines that end no sentence, those lines are the title block too (a date line, the speaker, a name
 * printed alone under the date line, a page's own lines).
 */
function splitFront(opening: Block[], title: string | undefined, file: string): { front: FrontLine[]; rest: Block[] } {
  const blocks = title === undefined || lastTitle(opening, title) ? opening : (partedAtTitle(opening, title) ?? opening);
  const found = title === undefined ? undefined : lastTitle(blocks, title);
  const start = found?.start ?? 0;
  let end = start + (title === undefined ? frontLength(blocks) : Math.max(frontLength(blocks.slice(start)), found ? found.end - start : 1));
  const salutation = blocks.slice(end, end + TITLE_BLOCK_LINES + 1).findIndex((b) => isSalutation(b.text));
  if ((found || title === undefined) && salutation > 0 && blocks.slice(end, end + salutation).every((b) => !SENTENCE_END.test(b.text)))
    end += salutation;
  // The meeting line right under a title is the title block's, though it ends a sentence (`…全体会议通过。`).
  else if (found && blocks[end] && DATE_LINE.test(unglossed(blocks[end]!.text)) && displayWidth(blocks[end]!.text) <= SHORT_LINE * 2) end++;
  // A preview's or page's lines between the title and the document's meeting line (file details, a notice, a cut-off
  // copy of the title): where a date line opens a speech (its salutation within a few lines after it), the title
  // block runs from the title to that salutation, whatever stands between.
  else if (found) {
    const limit = Math.min(blocks.length, OPENING_BLOCKS, firstNumbered(blocks));
    for (let d = end; d < limit; d++) {
      if (!opensDateLine(blocks, d)) continue;
      const after = blocks.slice(d + 1, d + TITLE_BLOCK_LINES).findIndex((b) => isSalutation(b.text));
      if (after >= 0 && blocks.slice(d + 1, d + 1 + after).every((b) => !SENTENCE_END.test(b.text))) end = d + 1 + after;
      break;
    }
  }
  // A site's own lines under the title (`原标题：…`, `来源：…`) are the title block's, not the document's text.
  if (found) while (end < blocks.length && SITE_LINE.test(blocks[end]!.text)) end++;
  const before = blocks
    .slice(0, start)
    .map((b): FrontLine =>
      isHeadingLike(b.text) ? classifyFront([b], undefined, file)[0]! : { role: 'lead', text: b.text, line: b.line },
    );
  const own = classifyFront(blocks.slice(start, end), title, file);
  // A name printed alone under the date line is the speaker's.
  own.forEach((l, i) => {
    if (l.role === 'kicker' && own[i - 1]?.role === 'date' && NAME_LINE.test(l.text)) l.role = 'byline';
  });
  return { front: [...before, ...own], rest: blocks.slice(end) };
}

/** An item of a list: a clause ending in a semicolon (`；`, `;`), or the last item's full stop. */
const ITEM_END = /[；;]$/u;

/**
 * The blocks that are items of a list announced by a colon: after a block ending in a colon (`报告分四个部分：`), numbered
 * blocks of one kind in a row (`一、…；` `二、…；` … `四、…。`), at least two, each but the last ending in a semicolon and the
 * last in a semicolon or a sentence end. A heading ends on its own words, never on a semicolon, and never comes right
 * after a colon; such items are the list's, paragraphs of the text (a news piece naming a report's parts).
 */
function listedItems(blocks: Block[]): Set<number> {
  const items = new Set<number>();
  for (let i = 1; i < blocks.length; i++) {
    const kind = headingKindOf(blocks[i]!.text);
    if (!kind || !ENDS_WITH_COLON.test(blocks[i - 1]!.text)) continue;
    let j = i;
    while (j < blocks.length && headingKindOf(blocks[j]!.text) === kind && ITEM_END.test(blocks[j]!.text)) j++;
    const last = blocks[j];
    if (last && headingKindOf(last.text) === kind && SENTENCE_END.test(last.text)) j++;
    if (j - i < 2) continue;
    for (let k = i; k < j; k++) items.add(k);
    i = j - 1;
  }
  return items;
}

export function buildTree(blocks: Block[], title: string | undefined, file: string): DocumentTree {
  const { front, rest } = splitFront(blocks, title, file);
  const body: BodyNode[] = [];
  let aside: AsideNode | undefined;
  const listed = listedItems(rest);

  for (let i = 0; i < rest.length; i++) {
    const block = rest[i]!;
    const box = block.text.match(BOX);
    const figure = block.text.match(FIGURE);
    const numbered = headingKindOf(block.text);
    // "1." and "①" number list items inside prose; they are headings only as short lines of their own.
    const kind = numbered && LIST_KINDS.includes(numbered) && !listHeading(block.text) ? undefined : numbered;
    if (listed.has(i)) {
      (aside ? aside.children : body).push({ type: 'paragraph', text: block.text, line: block.line });
    } else if (APPENDIX.test(block.text) && isHeadingLike(block.text)) {
      aside = undefined;
      body.push({ type: 'heading', kind: 'appendix', depth: 0, text: block.text, line: block.line });
    } else if (box) {
      aside = { type: 'aside', number: box[1]!, title: block.text, line: block.line, children: [] };
      body.push(aside);
    } else if (figure) {
      aside = undefined;
      body.push({ type: 'figure', number: figure[1]!, caption: block.text, line: block.line });
    } else if (kind) {
      aside = undefined;
      const [head, after] = splitLead(block.text, kind);
      const heading: HeadingNode = { type: 'heading', kind, depth: 0, text: head, line: block.line };
      // A part, chapter or section title wrapped onto a second short line ("第七章 …" / "打造区域性服务中心").
      const next = rest[i + 1];
      if (
        (kind === 'volume' || kind === 'chapter' || kind === 'section') &&
        !after &&
        next &&
        isHeadingLike(next.text) &&
        !/[，、：]/.test(next.text) &&
        !headingKindOf(next.text) &&
        !BOX.test(next.text) &&
        !FIGURE.test(next.text)
      ) {
        heading.text += ` ${next.text}`;
        i++;
      }
      body.push(heading);
      if (after) body.push({ type: 'paragraph', text: after, line: block.line });
    } else if (!aside && isHeadingLike(block.text) && !notHeading(block.text) && i < rest.length - 1) {
      const heading: HeadingNode = { type: 'heading', kind: 'unnumbered', depth: 0, text: block.text, line: block.line };
      // An unnumbered title set over two short lines (`全面建成小康社会` / `…阔步迈上现代化建设新征程`) before its text.
      if (titleLine(block.text) && titleLine(rest[i + 1]!.text) && rest[i + 2] && !isHeadingLike(rest[i + 2]!.text)) {
        heading.text += ` ${rest[i + 1]!.text}`;
        i++;
      }
      body.push(heading);
    } else if (aside) {
      aside.children.push({ type: 'paragraph', text: block.text, line: block.line });
    } else {
      body.push({ type: 'paragraph', text: block.text, line: block.line });
    }
  }
  assignDepths(body);
  return { front, body: groupBullets(body) };
}

/**
 * Numbered kinds nest in HEADING_ORDER, starting at h2 (h1 is the title), and a
 * heading is never more than one level below the one it follows (a report may
 * put "1、" directly under "一、"). An unnumbered heading sits one level below
 * the numbered heading it follows, or takes the level above the numbered
 * heading that comes right after it ("打造最强执行力政府" before "（一）");
 * after the last numbered heading (an appendix) it keeps the level of the
 * unnumbered heading before it. A preface (`前言`) is an h2 that nothing nests under.
 */
/** A comma in a heading: it reads as a clause of a sentence, not as a title. */
const CLAUSE_IN_HEADING = /[，,]/u;

export function assignDepths(body: BodyNode[]): void {
  const headings = body.filter((n): n is HeadingNode => n.type === 'heading');
  const present = HEADING_ORDER.filter((k) => headings.some((h) => h.kind === k));
  const stack: { rank: number; depth: number; unnumbered: boolean; clause?: true }[] = [];
  const depthFor = (rank: number, entries = stack) => (entries.filter((e) => e.rank < rank).at(-1)?.depth ?? 1) + 1;
  let lastUnnumbered: number | undefined;
  const lastNumbered = headings.findLastIndex((h) => h.kind !== 'unnumbered' && h.kind !== 'appendix');
  headings.forEach((h, i) => {
    if (h.kind === 'appendix') {
      // An appendix is a top-level section: what follows nests under it.
      stack.length = 0;
      h.depth = 2;
      stack.push({ rank: -1, depth: 2, unnumbered: false });
      lastUnnumbered = undefined;
      return;
    }
    if (h.kind === 'unnumbered' && PREFACE.test(h.text.replace(/\s/gu, ''))) {
      // A preface is a section of its own before the first part: what follows does not nest under it.
      stack.length = 0;
      h.depth = 2;
      lastUnnumbered = undefined;
      return;
    }
    if (h.kind !== 'unnumbered') {
      const rank = present.indexOf(h.kind);
      while (stack.length && stack.at(-1)!.rank >= rank) stack.pop();
      h.depth = Math.min(6, depthFor(rank));
      stack.push({ rank, depth: h.depth, unnumbered: false });
      return;
    }
    const clause = CLAUSE_IN_HEADING.test(h.text);
    const next = headings[i + 1];
    while (stack.at(-1)?.clause) stack.pop();
    // A heading that reads as a clause (`这一年，我们…展现了…`) after one that reads as a title (`2021年工作回顾`), with no
    // numbered heading to place it by: a subhead of that title.
    const title = stack.at(-1);
    if (clause && title?.unnumbered && (!next || next.kind === 'unnumbered')) {
      h.depth = Math.min(6, title.depth + 1);
      stack.push({ rank: Number.POSITIVE_INFINITY, depth: h.depth, unnumbered: true, clause: true });
      return;
    }
    while (stack.at(-1)?.unnumbered) stack.pop();
    let depth = Math.min(6, (stack.at(-1)?.depth ?? 1) + 1);
    let rank = Number.POSITIVE_INFINITY;
    if (next && next.kind !== 'unnumbered' && next.kind !== 'appendix') {
      const nextRank = present.indexOf(next.kind);
      const predicted = depthFor(nextRank);
      if (predicted <= depth) {
        depth = Math.max(2, predicted - 1);
        rank = nextRank - 0.5;
      }
    } else if (lastUnnumbered !== undefined && i > lastNumbered) {
      depth = lastUnnumbered;
    }
    while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
    h.depth = depth;
    stack.push({ rank, depth, unnumbered: true, ...(clause ? { clause: true as const } : {}) });
    lastUnnumbered = depth;
  });
}
