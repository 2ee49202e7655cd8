/**
 * Print furniture an extraction leaves in the text, which the converter removes
 * as documented artefacts (docs/conversion-rules.md), and the fidelity check
 * counts character by character: page numbers (reflow.ts), running heads, a
 * newspaper's jump lines (`（上接第二版）`, `下转第3版`) and page labels (`第3版`,
 * `A03版：要闻`). Only whole lines go; the same words inside a paragraph stay.
 */
import { eitherScript } from '../core/script.ts';
import { CHINESE_DIGITS } from '../zh/numbers.ts';
import { type Layout, type Line, findPageNumbers, isHeadingLike } from './reflow.ts';

export interface Artefact {
  line: number;
  /** The line as printed. */
  text: string;
  kind: 'page number' | 'running head' | 'jump line' | 'page label';
  /** A page number's value. */
  number?: number;
}

const PAGE_NO = `(?:第\\s*)?[A-Z]?[0-9${CHINESE_DIGITS}十]{1,3}\\s*${eitherScript('版')}`;
/** `（上接第二版）`, `(下转第3版)`, `上接A2版`: where an article continues in a newspaper. */
export const JUMP_LINE = new RegExp(
  `^[（(]?\\s*(?:${['上接', '下转', '接', '转'].map(eitherScript).join('|')})\\s*${PAGE_NO}\\s*[）)]?$`,
  'u',
);
/** `第3版`, `03版`, `A3版：要闻`, `第2版 综合新闻`: a newspaper's page label on a line of its own. */
export const PAGE_LABEL = new RegExp(`^${PAGE_NO}(?:\\s*[：:|｜]?\\s*[^\\s，。；！？]{1,8})?$`, 'u');

const key = (text: string) => text.replace(/\s/gu, '');

/**
 * Running heads: a short heading-like line printed again and again at page
 * breaks. A line counts when the same text stands within two lines of a page
 * number or a page label at least twice, and more often than elsewhere (the
 * first page's head, before the first page number, goes with them); a heading
 * repeated in the body stands next to a page number only now and then.
 */
function runningHeads(lines: Line[], breaks: Set<number>): Artefact[] {
  const nearBreak = (i: number) => [-2, -1, 1, 2].some((d) => breaks.has(i + d));
  const byText = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (breaks.has(i) || !isHeadingLike(l.text)) return;
    byText.set(key(l.text), [...(byText.get(key(l.text)) ?? []), i]);
  });
  const found: Artefact[] = [];
  for (const at of byText.values()) {
    const near = at.filter(nearBreak);
    // The first page's head opens the text, before any page number.
    const heads = at[0] !== undefined && at[0] <= 1 && !near.includes(at[0]) ? [at[0], ...near] : near;
    // A heading the body repeats (the same sub-title under every part) falls next to a page break now and then; a running
    // head stands at page breaks more often than anywhere else.
    if (near.length < 2 || near.length <= at.length - heads.length) continue;
    for (const i of heads) found.push({ line: lines[i]!.line, text: lines[i]!.text, kind: 'running head' });
  }
  return found;
}

/** Every artefact of a text, in line order. Page numbers and running heads only in a wrapped text, which has pages. */
export function findArtefacts(lines: Line[], layout: Layout): Artefact[] {
  const pages = findPageNumbers(lines, layout).map((p): Artefact => ({ ...p, kind: 'page number' }));
  const marks = lines.flatMap((l): Artefact[] =>
    JUMP_LINE.test(l.text)
      ? [{ line: l.line, text: l.text, kind: 'jump line' }]
      : PAGE_LABEL.test(l.text)
        ? [{ line: l.line, text: l.text, kind: 'page label' }]
        : [],
  );
  const breakLines = new Set([...pages, ...marks.filter((m) => m.kind === 'page label')].map((a) => a.line));
  const breaks = new Set(lines.flatMap((l, i) => (breakLines.has(l.line) ? [i] : [])));
  return [...pages, ...marks, ...runningHeads(lines, breaks)].sort((a, b) => a.line - b.line);
}

/** The lines without their artefacts; the blank lines around a page break belong to the break, not to the text. */
export function dropArtefacts(lines: Line[], layout: Layout): Line[] {
  const gone = new Set(findArtefacts(lines, layout).map((a) => a.line));
  if (!gone.size) return lines;
  return lines.flatMap((l, i) => (gone.has(l.line) ? [] : i > 0 && gone.has(lines[i - 1]!.line) ? [{ ...l, blankBefore: false }] : [l]));
}
