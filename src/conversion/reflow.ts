/**
 * Re-joins lines into blocks (paragraph-sized pieces of text).
 *
 * Two layouts occur. Plain reports have one paragraph per line, with an occasional
 * stray break inside a sentence. PDF extractions are hard-wrapped at a fixed width,
 * with or without blank lines between the wrapped lines. Lines are measured as they
 * were set: East Asian display width in em (a Han character or full-width mark is
 * 1, a digit, Latin letter or half-width mark 0.5), or characters for a tool that
 * wrapped by count, so a digit-heavy line is not taken for a short one.
 *
 * In both layouts a line that does not end a sentence goes on into the next one,
 * whatever its width, unless it is a heading-like line well short of the width or
 * the next line opens a structural element. A line that ends a sentence ends the
 * paragraph in a plain text; in a wrapped text it does so when it is short, or,
 * when it is full, where the next line is indented (if the extraction kept
 * indents), is a first line whose indent was dropped (two em short), a heading,
 * or opens a numbered item or (where the text sets them flush) a run-in lead
 * phrase. The rules are in docs/conversion-rules.md.
 * Every decision looks at most three lines ahead, so reflow is linear.
 */
import { eitherScript } from '../core/script.ts';
import { displayWidth, joinWrapped, normalizeLine } from './whitespace.ts';
import {
  CLAUSE_END_MARKS,
  CLOSING_BRACKETS,
  CLOSING_MARKS,
  FULL_WIDTH_CLOSING_MARKS,
  HAN,
  LIST_MARK,
  OPENING_MARKS,
  extractorSpace,
} from '../zh/chars.ts';
import { unitPattern } from '../zh/units.ts';
import {
  DATE_LINE,
  ENDS_WITH_COLON,
  HAS_SENTENCE_END,
  IMAGE_PLACEHOLDER,
  SPEAKER_LINE,
  LEAD_PHRASE,
  NOTE_ITEM,
  PHOTO_CAPTION,
  SENTENCE_END,
  headingKindOf,
  isStray,
  isStrongStart,
  isWeakStart,
} from './line-shapes.ts';

export interface Line {
  text: string;
  /** 1-based line number in the source file. */
  line: number;
  /** Opens with a paragraph indent (at least an em of whitespace: two spaces, a full-width space, a tab); a single space is a page-break artefact. */
  indent: boolean;
  /** Display width of the normalised text, in em, with a paragraph indent counted as two. */
  width: number;
  /** The same in characters, for texts wrapped by character count rather than as set. */
  chars: number;
  /**
   * Characters as the line was set, the spaces inside it included: a tool that spaced digit runs (`提高 4.4 个`)
   * before it cut lines by count counted those spaces too.
   */
  spaced: number;
  /**
   * At how many of its two edges a Han character meets a digit across the line break (`…解决` | `17.1万…`): a tool that
   * spaced digit runs and then cut by count trimmed the space there from one of the two lines, so either may have been
   * set one longer for each.
   */
  edgeSpaces: number;
  /** A blank line stands between this line and the one before it. */
  blankBefore: boolean;
}

export interface Block {
  text: string;
  line: number;
}

export interface Layout {
  wrapped: boolean;
  /** The wrap width, when wrapped: in em, or in characters when the text was wrapped by count. */
  width: number;
  /** How the wrapping tool measured lines: display width as set (a PDF), a count of characters, or of characters and the spaces between them. */
  measure: 'width' | 'chars' | 'spaced';
  /** A line at least this wide (in em) is full, when wrapped. */
  fullFrom: number;
  /**
   * Full lines are never two em short (under 1 % of them): a first line whose
   * indent the extraction dropped can be told by its length.
   */
  precise: boolean;
  /** No line inside a sentence is two em short: such a line is a first line whose indent was dropped, or a heading. */
  exact: boolean;
  /**
   * Closing marks hang past the width (a typesetter's line); a tool that cut lines
   * by count never lets them, so a line ending in one is no longer than its text.
   */
  hangs: boolean;
  /**
   * First lines are set full and flush, without an indent (a tool that cut the
   * text by count): a line two em short is then no first line. Read off the text.
   */
  flushFirstLines: boolean;
  /** The extraction kept paragraph indents, so they, not lead phrases, mark new paragraphs. */
  indents: boolean;
  /**
   * The typesetter kept figures and Latin words whole (no line break falls inside one, `keepsWords`): a line that stops
   * short before one (`…税占比达` | `78.1%，…`) is as full as the figure would have made it.
   */
  keepsWords: boolean;
  /**
   * The extraction broke set lines into pieces (`pdftotext -raw` at quotes and marks): lines open with a full-width
   * closing mark, which no typesetter starts a line with (three or more of them).
   */
  pieces: boolean;
  /**
   * Blank lines stand between some lines and not others (fewer than 60 % of lines follow one): they
   * mark paragraphs. Where one follows every line (a re-wrapper's or a copy's spacing) they tell nothing.
   */
  blanksMark: boolean;
  /** The copy dropped its paragraphs' final marks: a blank line after a paragraph set on one line ends it (`marksDropped`). */
  marksDropped: boolean;
  /**
   * Paragraphs opening with a run-in lead phrase are set flush (without the
   * indent the others have), so a full line opening with one after a full line
   * ending a sentence starts a paragraph. Read off the text's own first lines.
   */
  leadsFlush: boolean;
}

/** Lines wider than this are paragraphs, not headings. */
export const SHORT_LINE = 40;
/** The widest wrap width recognised: a PDF page holds at most about this many em. */
const WRAP_MAX = 50;

/** Any mark that ends a clause or parts a list, in either width. */
const CLAUSE_MARK = new RegExp(`[${CLAUSE_END_MARKS}${LIST_MARK},;:!?]`, 'u');

/** A comma, a pause or a semicolon: what a line of prose holds and a title does not. */
const CLAUSE_GAP = /[，,、；;]/u;
/** A figure and the start of a word after it. */
const STRAY_PIECE = new RegExp(`^[0-9０-９.．]+\\s*${HAN}`, 'u');

const ENDS_WITH_DIGIT = /[0-9０-９]$/u;
/** A Han character and a digit on either side of a line break. */
const DIGIT_MEETS_HAN = new RegExp(`${HAN}\\n\\d|\\d\\n${HAN}`, 'u');
/** A unit of the kernel's lexicon, or a date's 年/月/日, opening a line. */
const OPENS_WITH_UNIT = new RegExp(`^(?:${unitPattern()}|[年月日%％‰])`, 'u');

/** Word spaces between Chinese words are kept only in heading-like lines ("第二章 坚持创新发展 加快…"); in prose they are extraction artefacts. */
const CJK_GAP = extractorSpace();

/** Width in em of a line's leading whitespace: a space is half an em, a full-width space or a tab one or more. */
function leadingWidth(raw: string): number {
  let w = 0;
  for (const ch of raw) {
    if (ch === ' ') w += 0.5;
    else if (ch === '\u3000' || ch === '\t') w += 1;
    else break;
    if (w >= 1) break;
  }
  return w;
}

/** A line at least this wide (in em), many page widths, may be a whole page flattened onto one line. */
const FLAT_WIDTH = WRAP_MAX * 4;
/** A flattened page breaks into at least this many pieces at its whitespace. */
const FLAT_PIECES = 8;
const DIGIT_EDGE = /[0-9.%]/u;

/**
 * A page flattened onto one line (a document site's text layer, a copy that turned line ends into spaces): a line
 * many page widths wide whose whitespace parts it into pieces no wider than a page (the median at most WRAP_MAX em).
 * Its whitespace runs are its former line breaks, and where they come in two sizes (a single space and wider runs),
 * the wider ones stand where blank lines stood. Letter-spacing (`政 府 工 作 报 告`) is no break: a piece of one
 * character stays with its neighbour, and so does a figure a tool spaced. A paragraph that happens to
 * be long holds a word space or two, never one
 * every page width.
 */
function flattenedPieces(raw: string): { text: string; wide: boolean }[] | undefined {
  const trimmed = raw.trim();
  if (displayWidth(trimmed) < FLAT_WIDTH) return undefined;
  const pieces: { text: string; wide: boolean }[] = [];
  let last = '';
  for (const m of trimmed.matchAll(/(\s*)(\S+)/gu)) {
    const [, gap, token] = m as unknown as [string, string, string];
    const prev = pieces.at(-1);
    // Spaces around a figure are a tool's spacing of digit runs (`项目 741 个`), not line ends.
    const spacing = DIGIT_EDGE.test(last.slice(-1)) || DIGIT_EDGE.test(token[0]!);
    if (prev && (spacing || (gap.length === 1 && ([...token].length === 1 || [...last].length === 1)))) prev.text += gap + token;
    else pieces.push({ text: token, wide: gap.length > 1 });
    last = token;
  }
  if (pieces.length < FLAT_PIECES) return undefined;
  const widths = pieces.map((p) => displayWidth(p.text)).sort((a, b) => a - b);
  if (widths[Math.floor(widths.length / 2)]! > WRAP_MAX) return undefined;
  // Wide runs mark paragraphs only where single spaces part lines too.
  const mixed = pieces.some((p, i) => i > 0 && p.wide) && pieces.some((p, i) => i > 0 && !p.wide);
  return pieces.map((p) => ({ text: p.text, wide: mixed && p.wide }));
}

const HAN_CHAR = new RegExp(HAN, 'gu');

/** Spaces between two Chinese characters per Chinese character of the given lines, and how many characters were counted. */
function hanGapRate(raws: string[]): { rate: number; han: number } {
  let gaps = 0;
  let han = 0;
  for (const raw of raws) {
    gaps += raw.trim().match(CJK_GAP)?.length ?? 0;
    han += raw.match(HAN_CHAR)?.length ?? 0;
  }
  return { rate: han ? gaps / han : 0, han };
}
/**
 * Whether a text's spaces between Chinese characters are a tool's word spacing (`规模工业 增加 值增长`) rather than
 * flattened line ends: its lines of ordinary width (at least a page's worth of characters) hold them at no less than
 * half the rate of its widest lines. A flattened page's other lines (title, date, headings) hold none.
 */
function wordSpaced(raws: string[]): boolean {
  const ordinary = raws.filter((raw) => displayWidth(raw.trim()) < FLAT_WIDTH);
  const wide = raws.filter((raw) => displayWidth(raw.trim()) >= FLAT_WIDTH);
  const inOrdinary = hanGapRate(ordinary);
  return inOrdinary.han >= WRAP_MAX * 2 && inOrdinary.rate >= hanGapRate(wide).rate / 2;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  const push = (raw: string, line: number) => {
    const normalized = normalizeLine(raw);
    // A photo credit keeps the space before 摄 that makes it one.
    const clean = isHeadingLike(normalized) || PHOTO_CAPTION.test(normalized) ? normalized : normalized.replace(CJK_GAP, '');
    const indent = leadingWidth(raw) >= 1;
    // An indented first line is as full as the others with its two-em indent counted.
    lines.push({
      text: clean,
      line,
      indent,
      width: displayWidth(clean) + (indent ? 2 : 0),
      chars: [...clean].length + (indent ? 2 : 0),
      spaced: [...raw.trim()].length + (indent ? 2 : 0),
      edgeSpaces: 0,
      blankBefore: blank,
    });
    blank = false;
  };
  const raws = text.split('\n');
  const spacedWords = wordSpaced(raws);
  raws.forEach((raw, i) => {
    if (normalizeLine(raw) === '') {
      blank = lines.length > 0;
      return;
    }
    const pieces = spacedWords ? undefined : flattenedPieces(raw);
    if (!pieces) return push(raw, i + 1);
    for (const piece of pieces) {
      if (piece.wide) blank = true;
      push(piece.text, i + 1);
    }
  });
  for (let i = 1; i < lines.length; i++)
    if (DIGIT_MEETS_HAN.test(`${lines[i - 1]!.text.slice(-2)}\n${lines[i]!.text.slice(0, 2)}`)) {
      lines[i - 1]!.edgeSpaces++;
      lines[i]!.edgeSpaces++;
    }
  return lines;
}

/** A line's length in the layout's measure. */
export function size(line: Line, layout: Pick<Layout, 'measure'>): number {
  return line[layout.measure];
}

/**
 * How long a line may have been set, counted with the spaces it was set with: one longer, up to the width, for each
 * space at a digit on its edges that may have been trimmed (`edgeSpaces`).
 */
function setSize(line: Line, layout: Pick<Layout, 'measure' | 'width'>): number {
  const n = size(line, layout);
  return layout.measure === 'spaced' ? Math.max(n, Math.min(n + line.edgeSpaces, layout.width)) : n;
}

/**
 * A text is wrapped when many lines share one length under WRAP_MAX: the most
 * common length (to half an em) is the wrap width, and at least 40 % of all lines
 * must come within two of it, or at least 20 % (five or more) must be lines of
 * prose within two of it that break off inside a clause. Lengths are display
 * widths, unless counting characters puts clearly more lines at one length, or
 * within two of it (a tool that wrapped by count, whatever the widths of digits).
 * How short a full line may be is read off the lines of prose inside a sentence
 * that follow such a line (in a wrapped text those are full): their 5th
 * percentile less half an em, within three of the width. A PDF sets digits and
 * marks with widths of their own, so real extractions need the slack; a tool
 * that measures as we do needs almost none, and is `precise`.
 */
export function detectLayout(lines: Line[]): Layout {
  const plain: Layout = {
    wrapped: false,
    width: 0,
    measure: 'width',
    fullFrom: 0,
    precise: false,
    exact: false,
    hangs: true,
    flushFirstLines: false,
    indents: false,
    keepsWords: false,
    pieces: false,
    leadsFlush: true,
    blanksMark: blanksMark(lines),
    marksDropped: marksDropped(lines),
  };
  if (lines.length < 12) return plain;
  const byWidth = wrapWidth(lines, 'width');
  // A tool that wrapped by count puts its lines at exactly one count, whatever their digits; set by width, they vary by digit.
  // Whether it counted the spaces it put around digits shows the same way: its lines share one count with them, or without.
  const counted = (['chars', 'spaced'] as const)
    .map((m) => ({ measure: m, ...wrapWidth(lines, m) }))
    .filter((c) => c.near > byWidth.near * 1.1 || c.exact > byWidth.exact * 1.1)
    .sort((a, b) => b.exact - a.exact)[0];
  const [measure, { width, near }] = counted ? [counted.measure, counted] : ['width' as const, byWidth];
  if (width === 0) return plain;
  const keeps = measure === 'width' && keepsWords(lines);
  const prose = (l: Line) =>
    !SENTENCE_END.test(l.text) && !ENDS_WITH_COLON.test(l.text) && /[，、,]/.test(l.text) && size(l, { measure }) >= width * 0.6;
  // A short text of short paragraphs and many headings has few full lines; there the lines that break a clause at the width
  // tell: a plain text has at most a stray one or two.
  const breaksClause = lines.filter((l) => prose(l) && size(l, { measure }) >= width - 2 && size(l, { measure }) <= width + 1.5).length;
  if (near / lines.length < 0.4 && (breaksClause < 5 || breaksClause / lines.length < 0.2)) return plain;
  const mid = lines
    .map((l, i) => ({ l, i }))
    // After a line short of full (a heading, whatever its commas) the line may be a first line.
    .filter(({ l, i }) => {
      const prev = lines[i - 1];
      return prev !== undefined && prose(prev) && size(prev, { measure }) >= width - 1.5 && !headingKindOf(prev.text) && prose(l);
    })
    // A line that carried an opening mark down is as full as the mark makes it.
    .map(({ i }) => Math.max(reach(lines, i, { measure, keepsWords: keeps }), setSize(lines[i]!, { measure, width })))
    .filter((w) => w <= width + 1.5)
    .sort((a, b) => a - b);
  const low = mid.length ? mid[Math.floor(mid.length * 0.05)]! - 0.5 : width - 1;
  const fullFrom = Math.min(width - 0.5, Math.max(width - 3, low));
  const twoShort = mid.filter((w) => w <= width - 2).length;
  const precise = mid.length >= 20 && twoShort <= mid.length * 0.01;
  const exact = precise && twoShort === 0;
  const indents = lines.filter((l) => l.indent).length >= lines.length * 0.05;
  const hangs = lines.filter((l) => size(l, { measure }) > width + 0.25 && HANGS.test(l.text)).length >= lines.length * 0.01;
  const layout = {
    wrapped: true,
    width,
    measure,
    fullFrom,
    precise,
    exact,
    hangs,
    flushFirstLines: false,
    indents,
    keepsWords: keeps,
    pieces: measure === 'width' && lines.filter((l) => FULL_WIDTH_CLOSES.test(l.text)).length >= 3,
    leadsFlush: true,
    blanksMark: plain.blanksMark,
    marksDropped: plain.marksDropped,
  };
  const read = { ...layout, flushFirstLines: flushFirstLines(lines, layout) };
  return { ...read, leadsFlush: leadsFlush(lines, read) };
}

/** A run of digits or Latin letters (with decimal points or percent signs in it) and the closing marks after it: a typesetter breaks neither inside nor before them. */
const WORD_RUN = new RegExp(`^[0-9A-Za-z][0-9A-Za-z.%‰]*[${CLOSING_MARKS}]*`, 'u');
/** A line break inside such a run, as a tool that cuts by count or anywhere makes them (`…提高4.` | `4个…`, `…G` | `107`). */
const BREAKS_WORD = /(?:[0-9A-Za-z]|[0-9]\.)\n[0-9A-Za-z.%‰]/u;

/**
 * Whether the typesetter kept figures and Latin words whole: no line break of the text falls inside one. Only then is what
 * opens the next line counted in how far a line reaches: a tool that breaks anywhere leaves no such evidence.
 */
function keepsWords(lines: Line[]): boolean {
  // A line holding only a number (a page number) is no piece of a word.
  const word = (i: number) => !PAGE_NUMBER.test(lines[i]!.text);
  for (let i = 1; i < lines.length; i++)
    if (word(i - 1) && word(i) && BREAKS_WORD.test(`${lines[i - 1]!.text.slice(-2)}\n${lines[i]!.text.slice(0, 1)}`)) return false;
  return true;
}

/** Blank lines before some lines and not others: at least two, and before fewer than 60 % of the lines after the first. */
function blanksMark(lines: Line[]): boolean {
  const blanks = lines.filter((l) => l.blankBefore).length;
  return blanks >= 2 && blanks < (lines.length - 1) * 0.6;
}

/**
 * Whether first lines are set full and flush, judged on the lines that follow an
 * unambiguous paragraph end (a line ending a sentence more than three and a half
 * em short) and go on into a full line. Where the extraction dropped an indent
 * they are two to three and a half em short; cut by count without one, they are
 * full. Only a clear majority of full ones (four to one, at least three seen) says so.
 */
function flushFirstLines(lines: Line[], layout: Layout): boolean {
  if (layout.indents || !layout.precise) return false;
  const firsts = afterParagraphEnds(lines, layout).filter((i) => isFull(lines, i + 1, layout));
  const short = firsts.filter((i) => indentShort(lines, i, layout)).length;
  const full = firsts.filter((i) => !indentShort(lines, i, layout) && isFull(lines, i, layout)).length;
  return clearMajority(full, short);
}

/** The lines that follow an unambiguous paragraph end: a line ending a sentence more than three and a half em short. */
function afterParagraphEnds(lines: Line[], layout: Layout): number[] {
  const found: number[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    const prev = lines[i - 1]!;
    if (SENTENCE_END.test(prev.text) && layout.width - size(prev, layout) > 3.5) found.push(i);
  }
  return found;
}

/** Four to one, with at least three seen: what the text must show before a layout rule is read off it. */
function clearMajority(many: number, few: number): boolean {
  return many >= 3 && many >= few * 4;
}

/**
 * Whether lead-phrase paragraphs are set flush, judged on the first lines that
 * follow an unambiguous paragraph end (a line ending a sentence well short of
 * the width, more than an indent's two to three and a half em). Where the indent
 * was dropped, the other first lines are two em short; lead-phrase ones are set
 * flush in some extractions and indented like the rest in others. Only a clear
 * majority of indented ones (four to one, at least three seen) says the latter,
 * as the plan outline's extraction does; without it, flush is assumed.
 */
function leadsFlush(lines: Line[], layout: Layout): boolean {
  if (layout.indents || !layout.precise) return true;
  const leads = afterParagraphEnds(lines, layout).filter((i) => LEAD_PHRASE.test(joinWrapped(lines[i]!.text, lines[i + 1]!.text)));
  const indented = leads.filter((i) => indentShort(lines, i, layout)).length;
  const flush = leads.filter((i) => !indentShort(lines, i, layout) && size(lines[i]!, layout) >= layout.fullFrom).length;
  return !clearMajority(indented, flush);
}

/** Marks a typesetter lets hang past the line end rather than start a line with them. */
const CLOSING_MARK = `[${CLOSING_MARKS}]`;
const HANGS = new RegExp(`${CLOSING_MARK}$`, 'u');
/** A line opening with one character and a closing mark: what a typesetter that does not hang marks carries down. */
const PUSHED_DOWN = new RegExp(`^.${CLOSING_MARK}+`, 'u');
/** Opening marks, which a typesetter never leaves at a line end. */
const OPENS = new RegExp(`^[${OPENING_MARKS}]`, 'u');
/** What a typesetter carries down together: opening marks and the character they open. */
const CARRIED = new RegExp(`^[${OPENING_MARKS}]+.`, 'u');
/** Opening marks and the figure or Latin word they open (`“EOD”`), with the closing marks after it: carried down whole where words are kept. */
const CARRIED_WORD = new RegExp(`^[${OPENING_MARKS}]+[0-9A-Za-z][0-9A-Za-z.%‰/]*[${CLOSING_MARKS}]*`, 'u');

/**
 * The wrap width: the widest length that is common (at least 30 % as many lines
 * as the most common one), over lines that do not end in a hanging mark. Half an
 * em short is as common as full where a wide character did not fit.
 */
function wrapWidth(lines: Line[], measure: Layout['measure']): { width: number; near: number; exact: number } {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const w = Math.round(size(l, { measure }) * 2) / 2;
    if (w >= 10 && w <= WRAP_MAX && !HANGS.test(l.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const best = Math.max(0, ...counts.values());
  let width = 0;
  for (const [w, n] of counts) if (n >= best * 0.3 && w > width) width = w;
  const near = lines.filter((l) => size(l, { measure }) >= width - 2 && size(l, { measure }) <= width + 1.5).length;
  const exact = lines.filter((l) => Math.abs(size(l, { measure }) - width) <= 0.5).length;
  return { width, near, exact };
}

/**
 * Whether a copy dropped its paragraphs' final marks: of its lines wider than any page (paragraphs set on one line) that
 * a blank line follows, at least two and more than half end without a sentence end or a colon. A copy that keeps them
 * and breaks a paragraph here and there at a blank line (`…均在2007年基础上` | `实现翻番。`) has a few such lines in ten.
 */
function marksDropped(lines: Line[]): boolean {
  const whole = lines.filter((l, i) => lines[i + 1]?.blankBefore && displayWidth(l.text) > WRAP_MAX);
  const open = whole.filter((l) => !SENTENCE_END.test(l.text) && !ENDS_WITH_COLON.test(l.text)).length;
  return open >= 2 && open > whole.length / 2;
}

/** Looks like an unnumbered heading or title line: short, no sentence inside it. */
export function isHeadingLike(text: string): boolean {
  // A numbered note ("9.“衡阳群众”品牌（P15）:即…") is not a heading; "1.重大项目" may be.
  return (
    displayWidth(text) <= SHORT_LINE &&
    !HAS_SENTENCE_END.test(text) &&
    !ENDS_WITH_COLON.test(text) &&
    !(NOTE_ITEM.test(text) && /[：:]/.test(text))
  );
}

/** A short line that stands alone: heading-like and well short of the width. */
function standsAlone(lines: Line[], i: number, layout: Layout): boolean {
  // Within three em of the width: a full line, or a first line whose indent the extraction dropped.
  if (layout.wrapped && reach(lines, i, layout) >= layout.width - 3) return false;
  if (proseFirstLine(lines, i, layout)) return false;
  return isHeadingLike(lines[i]!.text);
}

/**
 * An unnumbered line with a comma, pause or semicolon in it that fills four fifths of the width, in a wrapped text, and
 * goes on into a line that carries its sentence on: a paragraph's first line whose indent was dropped, though the width
 * read off the text is wider than it was set (lines whose marks the copy widened, `“”` set narrow, reach past it). A
 * heading of two phrases that long (`加快…体系，推动…发展`) is followed by a paragraph of its own, which opens with a
 * run-in lead phrase (`要提速发展现代服务业。`) where the line after a wrapped first line goes on its clause.
 */
export function proseFirstLine(lines: Line[], i: number, layout: Layout): boolean {
  const text = lines[i]!.text;
  const next = lines[i + 1];
  return (
    layout.wrapped &&
    next !== undefined &&
    !headingKindOf(text) &&
    CLAUSE_GAP.test(text) &&
    size(lines[i]!, layout) >= layout.width * 0.8 &&
    !LEAD_PHRASE.test(joinWrapped(next.text, lines[i + 2]?.text ?? ''))
  );
}

/**
 * Whether line i goes on from line i-1; `opensBlock` says line i-1 began its block.
 * A numbered heading that opens its block goes on only into a short title line
 * (its wrapped remainder), never into a line of prose, however full it is.
 */
function continues(lines: Line[], i: number, layout: Layout, opensBlock: boolean): boolean {
  const prev = lines[i - 1]!;
  const next = lines[i]!;
  if (isStrongStart(next.text)) return false;
  if (PHOTO_CAPTION.test(prev.text)) return false;
  // Where an image stood, a web copy prints a placeholder (`图片`): it is no piece of the lines around it.
  if (IMAGE_PLACEHOLDER.test(prev.text) || IMAGE_PLACEHOLDER.test(next.text)) return false;
  if (layout.indents && next.indent) return false;
  // Where blank lines stand between some lines only, they end paragraphs, whatever the line before lacks.
  if (layout.blanksMark && next.blankBefore) return false;
  // A copy that dropped its paragraphs' final marks: a blank line after a line wider than any page (a paragraph as the copy
  // set it) ends it, whatever it lacks, though a blank line follows every line (a web copy's spacing).
  if (layout.marksDropped && next.blankBefore && displayWidth(prev.text) > WRAP_MAX) return false;
  // A title or heading does not run on into a date line or a speaker's line, whatever the blank lines say; nor does a long
  // title with no clause mark in it across a blank line (prose broken before a date has its commas).
  const titleLike = isHeadingLike(prev.text) || (next.blankBefore && !CLAUSE_MARK.test(prev.text));
  if (titleLike && (DATE_LINE.test(next.text) || SPEAKER_LINE.test(next.text))) return false;
  const endsSentence = SENTENCE_END.test(prev.text);
  const endsColon = ENDS_WITH_COLON.test(prev.text);
  // A plain text whose blank lines mark paragraphs groups a paragraph's lines without one: a line stopping mid-sentence goes on.
  if (layout.blanksMark && !layout.wrapped && !endsSentence && !endsColon) return !isWeakStart(next.text) && !headingKindOf(prev.text);
  if (!endsSentence && !endsColon) {
    // A figure broken from its unit (`…提高4.4` | `个百分点`, `…，2020` | `年，…`) is one token, whatever the line's length.
    if (ENDS_WITH_DIGIT.test(prev.text) && OPENS_WITH_UNIT.test(next.text)) return true;
    // A stray piece of a set line inside a paragraph (`400协和`, a figure and a word's start, what a preview left of a line)
    // goes on; a bare number stays apart (a page number out of sequence, a figure of a table).
    if (layout.wrapped && !opensBlock && isStray(prev.text) && STRAY_PIECE.test(prev.text)) return true;
    if (headingWraps(lines, i, layout, opensBlock)) return true;
    if (standsAlone(lines, i - 1, layout)) return false;
    // Where no line inside a sentence falls short, a line short of full that is not a first line ends its paragraph there:
    // a heading, or a last line without a closing mark.
    // (Unless the typesetter pushed its last character down so that a closing mark would not start the next line.)
    if (layout.exact && !isFull(lines, i - 1, layout) && !indentShort(lines, i - 1, layout) && !PUSHED_DOWN.test(next.text)) return false;
    // Before a first line, a line that is not a first line itself (that would go on into a full line): a heading. Where no line
    // inside a sentence is ever two em short, any such line short of full is one; elsewhere one with no commas (prose has them).
    if (opensIndented(lines, i, layout) && reach(lines, i, layout) <= layout.width) {
      if (layout.exact && !isFull(lines, i - 1, layout)) return false;
      if (isHeadingLike(prev.text) && !/[，,、]/.test(prev.text)) return false;
    }
    if (opensBlock && headingKindOf(prev.text) && isHeadingLike(prev.text)) {
      const titleRest = isHeadingLike(next.text) && !isWeakStart(next.text) && (!layout.wrapped || size(next, layout) < layout.fullFrom);
      if (!layout.wrapped || (size(prev, layout) < layout.fullFrom && !indentShort(lines, i - 1, layout))) return titleRest;
      // A full heading line (or one as long as an indented first line): run-in text goes on unless the next line opens a paragraph.
      return layout.indents ? !next.indent : titleRest || !opensIndented(lines, i, layout);
    }
    // In a plain text a numbered item on its own line is a new element; in a wrapped one it may be "…，2、…" broken before "2、".
    return layout.wrapped || !isWeakStart(next.text);
  }
  if (!layout.wrapped) return false;
  // Where indents mark paragraphs, an unindented line after a sentence goes on the paragraph unless the sentence ended a short line.
  if (layout.indents) return size(prev, layout) >= layout.width - 3;
  if (isWeakStart(next.text)) return false;
  // A first line whose indent was dropped may end a sentence two em short: a full line after it goes on, and so does a last line
  // ending a sentence (a paragraph of two lines is commoner than two one-line paragraphs: see docs/conversion-rules.md).
  if (!isFull(lines, i - 1, layout))
    return opensBlock && indentShort(lines, i - 1, layout) && (isFull(lines, i, layout) || SENTENCE_END.test(next.text));
  if (opensIndented(lines, i, layout)) return false;
  if (endsColon) return true;
  // A short line with no sentence in it after a sentence is a heading: a paragraph's last line would end one.
  if (isHeadingLike(next.text) && !isStray(next.text) && layout.width - size(next, layout) > 3.5) return false;
  // A run-in lead phrase opens a paragraph where the text sets such paragraphs flush.
  const ahead = lines
    .slice(i, i + 3)
    .map((l) => l.text)
    .reduce(joinWrapped, '');
  return !layout.leadsFlush || !LEAD_PHRASE.test(ahead);
}

/**
 * A heading wrapped onto a short rest (`二、…率先全面建成小康` | `社会`, `（三）…提升新型城镇化水` | `平。`, `“稳”中有进：
 * 企业发展活力和城市发展动力` | `全面迸发`): a heading is set larger or indented, so it wraps short of the body's width,
 * from four fifths of it. Its rest is a short line, a third of the width at most, that opens no numbered item and holds
 * no sentence before its last mark. An unnumbered one holds no clause mark (a paragraph's first line that long has its
 * commas) and its rest no sentence end.
 */
function headingWraps(lines: Line[], i: number, layout: Layout, opensBlock: boolean): boolean {
  const prev = lines[i - 1]!;
  const rest = lines[i]!.text;
  const numbered = headingKindOf(prev.text) !== undefined;
  return (
    layout.wrapped &&
    opensBlock &&
    (numbered || (!CLAUSE_GAP.test(prev.text) && !SENTENCE_END.test(rest))) &&
    isHeadingLike(prev.text) &&
    size(prev, layout) >= layout.width * 0.8 &&
    size(lines[i]!, layout) <= layout.width / 3 &&
    !isWeakStart(rest) &&
    isHeadingLike(rest.replace(SENTENCE_END, ''))
  );
}

/**
 * How far a line reaches: its size, plus what the typesetter carried down whole to open the next line, as it would not
 * have fitted: an opening mark and the character after it (or the whole figure or Latin word after it, where the
 * typesetter keeps them whole), the figure or Latin word opening the next line (there too), or, where its marks do not
 * hang (`hangs` false; unknown while the layout itself is read), a character and the closing marks after it
 * (`…亿元以` | `上，其中…`), which such a typesetter takes down together rather than start a line with a closing mark.
 */
export function reach(lines: Line[], i: number, layout: Pick<Layout, 'measure' | 'keepsWords'> & Partial<Pick<Layout, 'hangs'>>): number {
  const next = lines[i + 1]?.text ?? '';
  const carried =
    (layout.keepsWords ? CARRIED_WORD.exec(next)?.[0] : undefined) ??
    CARRIED.exec(next)?.[0] ??
    (layout.keepsWords ? WORD_RUN.exec(next)?.[0] : undefined) ??
    (layout.hangs === false ? PUSHED_DOWN.exec(next)?.[0] : undefined);
  const extra = carried === undefined ? 0 : layout.measure === 'width' ? displayWidth(carried) : [...carried].length;
  return size(lines[i]!, layout) + extra;
}

/** Set full: at least `fullFrom` wide (as set, `setSize`), or stopped short to carry an opening mark down (which would not have fitted). */
function isFull(lines: Line[], i: number, layout: Layout): boolean {
  return setSize(lines[i]!, layout) >= layout.fullFrom || reach(lines, i, layout) >= layout.width;
}

/** As long as a first line whose two-em indent was dropped: two to three and a half short of the width. */
function indentShort(lines: Line[], i: number, layout: Layout): boolean {
  const line = lines[i]!;
  const shortBy = layout.width - size(line, layout);
  // A closing mark hanging at its end makes such a line an em longer, unless the line stopped early to carry an opening mark down.
  const hung = layout.hangs && HANGS.test(line.text) && !OPENS.test(lines[i + 1]?.text ?? '') ? 1 : 0;
  return !layout.indents && !layout.flushFirstLines && layout.precise && shortBy + hung >= 2 && shortBy <= 3.5;
}

/**
 * A first line whose two-em indent the extraction dropped: two to three and a
 * half em short of the width, and not a whole one-line paragraph (it goes on
 * into the line after it, which shows where it ends a sentence: a full line
 * that cannot open a paragraph follows). Lines inside a paragraph are full, so such a line
 * after a full line ending a sentence opens a new paragraph.
 */
function opensIndented(lines: Line[], i: number, layout: Layout): boolean {
  const line = lines[i]!;
  const after = lines[i + 1];
  if (after === undefined || !indentShort(lines, i, layout)) return false;
  if (!SENTENCE_END.test(line.text) && !ENDS_WITH_COLON.test(line.text)) return true;
  // Ending a sentence, it could be a paragraph's last line, unless the line after it is full and cannot open a paragraph itself.
  if (!isFull(lines, i + 1, layout) || indentShort(lines, i + 1, layout) || headingKindOf(after.text)) return false;
  return !layout.leadsFlush || !LEAD_PHRASE.test(joinWrapped(after.text, lines[i + 2]?.text ?? ''));
}

/**
 * A line holding only a number, bare or as PDFs print page numbers (`12`, `- 12 -`,
 * `— 12 —`, `·12·`, `第12页`, `第12页 共40页`, `12/40`): a page number when it
 * belongs to the document's page-number sequence.
 */
export const PAGE_NUMBER = new RegExp(
  [
    '^(?:[-－—–·•]\\s*)?(\\d{1,3})(?:\\s*[-－—–·•])?$',
    `^第\\s*(\\d{1,3})\\s*${eitherScript('页')}(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*${eitherScript('页')})?$`,
    '^(\\d{1,3})\\s*/\\s*\\d{1,3}$',
  ].join('|'),
  'u',
);

function pageNumberOf(text: string): number | undefined {
  const m = PAGE_NUMBER.exec(text);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
}

export interface PageNumber {
  line: number;
  number: number;
  /** The line as printed ("07" keeps its zero, "- 7 -" its dashes). */
  text: string;
}

/**
 * The page numbers of a wrapped text: lines holding only a 1-3 digit number that
 * form an ascending sequence spaced like pages (the lines from one to the next,
 * per page between them, within 0.6 to 1.6 times the median over the sequence). A
 * number that breaks the sequence (a lone "70" of "成立70周年" broken by an
 * extraction) is text and stays. A plain text has no pages.
 */
export function findPageNumbers(lines: Line[], layout: Layout): PageNumber[] {
  if (!layout.wrapped) return [];
  const candidates = lines.flatMap((l) => {
    const number = pageNumberOf(l.text);
    return number === undefined ? [] : [{ line: l.line, number, text: l.text }];
  });
  const chain = longestAscending(candidates);
  if (chain.length < 2) return [];
  const rates = chain.slice(1).map((c, k) => (c.line - chain[k]!.line) / (c.number - chain[k]!.number));
  const perPage = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
  if (perPage < 8) return [];
  // A member is kept when the lines from the previous kept one are about as many as its pages need.
  const fits = (rate: number) => rate >= perPage * 0.6 && rate <= perPage * 1.6;
  const start = fits(rates[0]!) ? 0 : 1;
  const kept = [chain[start]!];
  for (const c of chain.slice(start + 1)) {
    const rate = (c.line - kept.at(-1)!.line) / (c.number - kept.at(-1)!.number);
    if (fits(rate)) kept.push(c);
  }
  return kept.length >= 2 ? kept : [];
}

/** Longest strictly ascending subsequence by number (patience sorting, n log n). */
function longestAscending(items: PageNumber[]): PageNumber[] {
  const tails: number[] = [];
  const previous: number[] = [];
  items.forEach((item, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[tails[mid]!]!.number < item.number) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const out: PageNumber[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) out.push(items[i]!);
  return out.reverse();
}

export function dropPageNumbers(lines: Line[], layout: Layout): Line[] {
  const pages = new Set(findPageNumbers(lines, layout).map((p) => p.line));
  return pages.size ? lines.filter((l) => !pages.has(l.line)) : lines;
}

/** Clause marks a set line may end with only mid-paragraph: a short line ending in one is part of a line. */
const CLAUSE_END = /[，、；,;]$/u;
const CLOSES = new RegExp(`^${CLOSING_MARK}`, 'u');
const FULL_WIDTH_CLOSES = new RegExp(`^[${FULL_WIDTH_CLOSING_MARKS}]`, 'u');

/**
 * Pieces of one set line that an extraction gave as lines of their own (`pdftotext -raw` breaks where the font changes,
 * before and after a full-width quote): two lines that fit in the width together, where the first is short and ends in
 * a clause mark or the second opens with a closing or opening mark, none of which starts or ends a paragraph there.
 * Merged, they are measured as the one line they were set as. Only in a wrapped text.
 */
export function mergeFragments(lines: Line[], layout: Layout): Line[] {
  if (!layout.wrapped) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = out.at(-1);
    const fits = prev !== undefined && size(prev, layout) + size(line, layout) <= layout.width + 1;
    // Where the extraction breaks between every two marks side by side, the lines it made are measured as they were set.
    const fitsPair = prev !== undefined && layout.pieces && fitsSet(prev, line, layout);
    const apart = line.indent || (layout.blanksMark && line.blankBefore) || isStrongStart(line.text) || isWeakStart(line.text);
    const piece =
      fits &&
      !apart &&
      // Where the extraction broke set lines into pieces, nothing but a piece opens with a closing mark.
      ((layout.pieces && FULL_WIDTH_CLOSES.test(line.text)) ||
        (!headingKindOf(prev.text) &&
          !isStrongStart(prev.text) &&
          size(prev, layout) < layout.fullFrom &&
          (CLOSES.test(line.text) ||
            CLAUSE_END.test(prev.text) ||
            (OPENS.test(line.text) && size(line, layout) < layout.fullFrom && !SENTENCE_END.test(prev.text)))));
    const group =
      piece || (fitsPair && !apart && markPair(lines, i, prev, layout))
        ? 1
        : prev && !apart && layout.pieces
          ? fullLineOfPieces(prev, lines, i, layout)
          : 0;
    if (group) {
      out[out.length - 1] = lines.slice(i, i + group).reduce(joinLines, prev!);
      i += group - 1;
    } else out.push(line);
  }
  return out;
}

/** Two full-width marks side by side across a line break (`。` / `“`, `”` / `（`, `，` / `“`). */
const MARK_PAIR = new RegExp(`[${FULL_WIDTH_CLOSING_MARKS}]\\n[${OPENING_MARKS}${FULL_WIDTH_CLOSING_MARKS}]`, 'u');

/**
 * Two marks side by side, broken apart by the extraction (`pdftotext -raw` breaks between every such pair: `…纷呈。` /
 * `“一门式”…`, `3.“智慧社区”` / `（P5）：指…`, `1、` / `“十二五”…`), where the two lines fit in the width together: the break
 * tells nothing of where the set line ended, so they are one line, whatever the first one is. Two cases keep them apart: a
 * title (a part, chapter or box title) does not take a piece that ends a sentence, and after a sentence a heading-like
 * line that does not fit in the width with the line after it is a heading set on a line of its own (`…健康。` / `“带”好队伍：…`).
 */
function markPair(lines: Line[], i: number, prev: Line, layout: Layout): boolean {
  const line = lines[i]!;
  if (!MARK_PAIR.test(`${prev.text.slice(-1)}\n${line.text.slice(0, 1)}`)) return false;
  if (titleTakesSentence(prev, line)) return false;
  // A heading holds no clause mark, and the line after it opens a paragraph: it is not full.
  const heading = SENTENCE_END.test(prev.text) && isHeadingLike(line.text) && !CLAUSE_GAP.test(line.text);
  return !heading || (i + 1 < lines.length && (fitsSet(line, lines[i + 1]!, layout) || isFull(lines, i + 1, layout)));
}

/** A title (a part, chapter or box title) does not take a piece that ends a sentence (`专栏19：…` / `“十百千万”工程。`). */
const titleTakesSentence = (prev: Line, line: Line) => isStrongStart(prev.text) && HAS_SENTENCE_END.test(line.text);

/** Full-width marks side by side inside a text, which a Chinese typesetter sets half an em closer (标点挤压: `”、“`, `。“`). */
const ADJACENT_MARKS = new RegExp(`[${FULL_WIDTH_CLOSING_MARKS}](?=[${OPENING_MARKS}${FULL_WIDTH_CLOSING_MARKS}])`, 'gu');

/**
 * Whether two lines fit in the width as one set line: in display width, each pair of full-width marks side by side in
 * them (across the break too) set half an em closer, as a typesetter compresses them (`…路）` / `、红湘南`, `…“流动课堂”、` /
 * `“田间课堂”等一`).
 */
function fitsSet(a: Line, b: Line, layout: Layout): boolean {
  const pairs = layout.measure === 'width' ? (joinWrapped(a.text, b.text).match(ADJACENT_MARKS)?.length ?? 0) : 0;
  return size(a, layout) + size(b, layout) - pairs / 2 <= layout.width + 1;
}

function joinLines(a: Line, b: Line): Line {
  return {
    ...a,
    text: joinWrapped(a.text, b.text),
    width: a.width + b.width,
    chars: a.chars + b.chars,
    spaced: a.spaced + b.spaced,
    edgeSpaces: a.edgeSpaces + b.edgeSpaces,
  };
}

/** Where `pdftotext -raw` breaks a set line: before an opening mark or a closing one, after a closing quote or bracket. */
const PIECE_BREAK = new RegExp(`[${CLOSING_BRACKETS}]\\n|\\n[${OPENING_MARKS}${FULL_WIDTH_CLOSING_MARKS}]`, 'u');

/**
 * A line that ends a sentence and the pieces after it that make up one full set line with it (`…普查顺利实施。` |
 * `“三线一单”编制工作`, 14 + 10 em of 24): how many of the lines from i on, up to four, join it. Each break between them
 * is one the extraction makes inside a set line (at a quote or a mark), and together they fill the width as a line
 * inside a paragraph does; a paragraph's last line and the next one's first are not full together.
 */
function fullLineOfPieces(prev: Line, lines: Line[], i: number, layout: Layout): number {
  if (!SENTENCE_END.test(prev.text) || headingKindOf(prev.text)) return 0;
  let total = size(prev, layout);
  let last = prev.text;
  for (let j = i; j < Math.min(lines.length, i + 4); j++) {
    const next = lines[j]!;
    if (!PIECE_BREAK.test(`${last.slice(-1)}\n${next.text.slice(0, 1)}`) || next.indent || (layout.blanksMark && next.blankBefore))
      return 0;
    if (isStrongStart(next.text) || isWeakStart(next.text)) return 0;
    total += size(next, layout);
    if (total > layout.width + 1) return 0;
    if (total >= layout.fullFrom) return j - i + 1;
    last = next.text;
  }
  return 0;
}

export function reflow(extracted: Line[], read: Layout): Block[] {
  const lines = mergeFragments(extracted, read);
  // Pieces measured as the set lines they were broken from show the layout as it was set: read it again from them.
  const again = read.pieces ? detectLayout(lines) : read;
  const layout = again.wrapped ? { ...again, pieces: read.pieces } : read;
  const blocks: Block[] = [];
  let current: Block | undefined;
  let opensBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (current && continues(lines, i, layout, opensBlock)) {
      current.text = joinWrapped(current.text, line.text);
      opensBlock = false;
    } else {
      opensBlock = true;
      current = { text: line.text, line: line.line };
      blocks.push(current);
    }
  }
  return blocks;
}
