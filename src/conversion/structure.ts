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
  SPEAKER_LINE,
  FIGURE,
  HAS_SENTENCE_END,
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
import { FULL_STOP_MARKS } from '../zh/chars.ts';

/** A heading's run-in lead ends at the first full stop within this many characters. */
const LEAD_LIMIT = 45;

/** Quotation marks NFKC leaves as they are, folded to one form each. */
const QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': "'", '』': "'" };

/** A title for matching: no spacing or bold markers, full- and half-width punctuation alike (`（全文）` = `(全文)`), Traditional as Simplified. */
const compact = (s: string) =>
  toSimplified(
    s
      .normalize('NFKC')
      .replace(/[\s*]/gu, '')
      .replace(/[“”‘’「」『』]/gu, (q) => QUOTES[q]!),
  );

export function frontLength(blocks: Block[]): number {
  let n = 0;
  while (n < blocks.length && isHeadingLike(blocks[n]!.text) && !headingKindOf(blocks[n]!.text)) n++;
  return n;
}

/** The opening lines and their roles; `title` undefined for a text that prints none (documents.yaml says `untitled`). */
export function classifyFront(blocks: Block[], title: string | undefined, file: string): FrontLine[] {
  const lines: FrontLine[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // "2019年4月22日在衡阳市石鼓区 / 第四届…会议上": a date line broken before its meeting.
    if (DATE_LINE.test(b.text) && !b.text.endsWith('上') && blocks[i + 1]?.text.endsWith('上')) {
      lines.push({ role: 'date', text: b.text + blocks[i + 1]!.text, line: b.line });
      i++;
      continue;
    }
    lines.push({ role: DATE_LINE.test(b.text) ? 'date' : BYLINE.test(b.text) ? 'byline' : 'kicker', text: b.text, line: b.line });
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

/** Short lines that are no headings: a speaker or byline line, a bullet item, a stray line, a date line. */
function notHeading(text: string): boolean {
  return SPEAKER_LINE.test(text) || BULLET.test(text) || isStray(text) || DATE_LINE.test(text);
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

/** At most this many lead paragraphs are looked past for the title. */
const MAX_LEADS = 2;

/**
 * The title block and where the body starts. A text with a title has at least its title line in front; an untitled one
 * may open straight with its body. A news copy may print a lead before the title (`1月18日，…作《政府工作报告》。`,
 * then the title): where the title is not in the opening lines, it is looked for after one or two opening paragraphs
 * that end a sentence, which are kept in front as leads.
 */
function splitFront(blocks: Block[], title: string | undefined, file: string): { front: FrontLine[]; rest: Block[] } {
  const at = (leads: number) => {
    const count = frontLength(blocks.slice(leads));
    const end = leads + (title === undefined ? count : Math.max(count, 1));
    const lead = blocks.slice(0, leads).map((b): FrontLine => ({ role: 'lead', text: b.text, line: b.line }));
    return { front: [...lead, ...classifyFront(blocks.slice(leads, end), title, file)], rest: blocks.slice(end) };
  };
  try {
    return at(0);
  } catch (error) {
    for (let leads = 1; leads <= MAX_LEADS && leads < blocks.length && SENTENCE_END.test(blocks[leads - 1]!.text); leads++) {
      try {
        return at(leads);
      } catch {
        // Not after this many leads either.
      }
    }
    throw error;
  }
}

export function buildTree(blocks: Block[], title: string | undefined, file: string): DocumentTree {
  const { front, rest } = splitFront(blocks, title, file);
  const body: BodyNode[] = [];
  let aside: AsideNode | undefined;

  for (let i = 0; i < rest.length; i++) {
    const block = rest[i]!;
    const box = block.text.match(BOX);
    const figure = block.text.match(FIGURE);
    const numbered = headingKindOf(block.text);
    // "1." and "①" number list items inside prose; they are headings only as short lines of their own.
    const kind = numbered && LIST_KINDS.includes(numbered) && !listHeading(block.text) ? undefined : numbered;
    if (APPENDIX.test(block.text) && isHeadingLike(block.text)) {
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
      body.push({ type: 'heading', kind: 'unnumbered', depth: 0, text: block.text, line: block.line });
    } else if (aside) {
      aside.children.push({ type: 'paragraph', text: block.text, line: block.line });
    } else {
      body.push({ type: 'paragraph', text: block.text, line: block.line });
    }
  }
  assignDepths(body);
  return { front, body };
}

/**
 * Numbered kinds nest in HEADING_ORDER, starting at h2 (h1 is the title), and a
 * heading is never more than one level below the one it follows (a report may
 * put "1、" directly under "一、"). An unnumbered heading sits one level below
 * the numbered heading it follows, or takes the level above the numbered
 * heading that comes right after it ("打造最强执行力政府" before "（一）");
 * after the last numbered heading (an appendix) it keeps the level of the
 * unnumbered heading before it.
 */
export function assignDepths(body: BodyNode[]): void {
  const headings = body.filter((n): n is HeadingNode => n.type === 'heading');
  const present = HEADING_ORDER.filter((k) => headings.some((h) => h.kind === k));
  const stack: { rank: number; depth: number; unnumbered: boolean }[] = [];
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
    if (h.kind !== 'unnumbered') {
      const rank = present.indexOf(h.kind);
      while (stack.length && stack.at(-1)!.rank >= rank) stack.pop();
      h.depth = Math.min(6, depthFor(rank));
      stack.push({ rank, depth: h.depth, unnumbered: false });
      return;
    }
    while (stack.at(-1)?.unnumbered) stack.pop();
    let depth = Math.min(6, (stack.at(-1)?.depth ?? 1) + 1);
    let rank = Number.POSITIVE_INFINITY;
    const next = headings[i + 1];
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
    stack.push({ rank, depth, unnumbered: true });
    lastUnnumbered = depth;
  });
}
