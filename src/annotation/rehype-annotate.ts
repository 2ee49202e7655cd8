/**
 * Marks glossary terms and entity mentions in report paragraphs. An entity
 * mention links to its page every time; a term only at its first occurrence
 * in each section (a heading's section, or a 专栏 box), so the text is not a
 * sea of underlines. Headings, links, page furniture (data-chrome) and figure
 * captions are never touched, and the text itself never changes: a link only
 * wraps text that is already there.
 *
 * Every match, linked or not, is recorded in `file.data.mentions` for the
 * glossary and entity pages, with the paragraph and offset it sits at.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { ContextRule } from './context-rules.ts';
import { detectScript, readingFor } from '../core/script.ts';
import { createMatcher } from './matcher.ts';
import type { Pattern } from './term-patterns.ts';
import { isFurniture } from '../zh/furniture.ts';

export interface Mention {
  kind: 'term' | 'entity';
  id: string;
  text: string;
  /** Id of the paragraph, as rehype-block-ids set it. */
  paragraphId: string;
  /** Id of the nearest heading h2-h6 above, or of the 专栏 box; "s0" before the first heading. */
  sectionId: string;
  /** UTF-16 offset of the match in the paragraph's text content. */
  offset: number;
  /** Whether the mention is linked on the page (every entity; a term's first in its section). */
  marked: boolean;
  /** The text names a part of the entity (怀邵衡铁路衡阳段), not all of it. */
  part?: true;
}

declare module 'vfile' {
  interface DataMap {
    mentions: Mention[];
  }
}

export interface AnnotateOptions {
  patterns: Pattern[];
  /** The site's base path, ending in "/". */
  base: string;
  /** The document's slug, to look up its level; by default the file's name (Astro passes the .mdx path). */
  documentSlug?: string;
  /** Each document's level of government (市/区/县) by slug: an indicator links only in documents of its level. */
  levels?: Record<string, string>;
  /** When a match is not a mention (context-rules.ts); by default the project's rules. */
  ignore?: readonly ContextRule[];
}

const SECTION_HEADING = /^h[2-6]$/;
const HEADING = /^h[1-6]$/;
/** Inline formatting a match may lie in or run across; any other element in a paragraph is left whole. */
const FORMATTING = new Set(['strong', 'em']);

export function rehypeAnnotate({ patterns, base, documentSlug, levels = {}, ignore }: AnnotateOptions) {
  const match = createMatcher(patterns, ignore);
  const linkTo = ({ kind, id }: Pattern): Element =>
    kind === 'term'
      ? { type: 'element', tagName: 'a', properties: { href: `${base}glossary/${id}/`, className: ['term'], dataTerm: id }, children: [] }
      : {
          type: 'element',
          tagName: 'a',
          properties: { href: `${base}entities/${id}/`, className: ['entity'], dataEntity: id },
          children: [],
        };

  return (tree: Root, file: VFile) => {
    const slug = documentSlug ?? file.stem;
    const level = slug === undefined ? undefined : levels[slug];
    // Matching runs on the reading: a Traditional text's Simplified forms, without invisible format characters.
    const script = detectScript(toString(tree));
    const mentions: Mention[] = [];
    /** `section|term` pairs whose first occurrence is already linked. */
    const linkedTerms = new Set<string>();
    let sectionId = 's0';
    let inBox = false;

    const annotate = (p: Element, paragraphId: string) => {
      const links: { start: number; end: number; link: Element }[] = [];
      for (const run of runsOf(p)) {
        const reading = readingFor(run.text, script);
        for (const found of match(reading.text)) {
          const { pattern } = found;
          if (pattern.level && level && pattern.level !== level) continue;
          const key = `${sectionId}|${pattern.id}`;
          const marked = pattern.kind === 'entity' || !linkedTerms.has(key);
          if (pattern.kind === 'term') linkedTerms.add(key);
          const [start, end] = reading.span(found.start, found.end);
          const offset = run.start + start;
          mentions.push({
            kind: pattern.kind,
            id: pattern.id,
            text: run.text.slice(start, end),
            paragraphId,
            sectionId,
            offset,
            marked,
            ...(pattern.part ? { part: true as const } : {}),
          });
          if (marked) links.push({ start: offset, end: run.start + end, link: linkTo(pattern) });
        }
      }
      // Wrapping never moves text, so every offset stays valid after each wrap.
      for (const l of links) wrap(p, l.start, l.end, l.link);
    };

    const walk = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'mdxJsxFlowElement') {
          if (isSkipped(node.name ?? '', isFurniture(node))) continue;
          const box = node.name === 'aside' ? jsxId(node) : undefined;
          if (box === undefined) walk(node.children);
          else inSection(box, node.children);
        } else if (node.type === 'element') {
          if (SECTION_HEADING.test(node.tagName) && !inBox && typeof node.properties.id === 'string') sectionId = node.properties.id;
          if (isSkipped(node.tagName, isFurniture(node))) continue;
          // A mention must point at an anchor; rehype-block-ids gives every report paragraph one.
          if (node.tagName === 'p') {
            if (typeof node.properties.id === 'string') annotate(node, node.properties.id);
          } else walk(node.children);
        }
      }
    };

    /** A 专栏 box is a section of its own; its title heading does not start another. */
    const inSection = (box: string, children: readonly RootContent[]) => {
      const outer = { sectionId, inBox };
      sectionId = box;
      inBox = true;
      walk(children);
      ({ sectionId, inBox } = outer);
    };

    walk(tree.children);
    file.data.mentions = mentions;
  };
}

/** Never annotated, as HTML or MDX JSX elements: headings, links (earlier annotations included), figure captions, page furniture. */
function isSkipped(name: string, chrome: boolean): boolean {
  return HEADING.test(name) || name === 'a' || name === 'figcaption' || chrome;
}

function jsxId(node: MdxJsxFlowElementHast): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

function isFormatting(node: ElementContent): node is Element {
  return node.type === 'element' && FORMATTING.has(node.tagName) && !isFurniture(node);
}

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  return 'children' in node ? node.children.reduce((n, c) => n + textLength(c), 0) : 0;
}

interface Run {
  /** Offset of the run in the paragraph's text. */
  start: number;
  text: string;
}

/**
 * The paragraph's text in the stretches a match may span: text directly in
 * the paragraph or in inline formatting, so 南岳机场 is one name even when
 * 南岳 is bold. Any other element (a link, furniture, a line break) ends a
 * stretch; its text still counts for offsets.
 */
function runsOf(p: Element): Run[] {
  const runs: Run[] = [];
  let offset = 0;
  let current: Run | undefined;
  const visit = (children: readonly ElementContent[]) => {
    for (const child of children) {
      if (child.type === 'text') {
        if (current) current.text += child.value;
        else runs.push((current = { start: offset, text: child.value }));
        offset += child.value.length;
      } else if (isFormatting(child)) {
        visit(child.children);
      } else {
        offset += textLength(child);
        current = undefined;
      }
    }
  };
  visit(p.children);
  return runs;
}

/** Wraps the text at [start, end) of `parent` in `link`, inside the innermost element that holds all of it. */
function wrap(parent: Element, start: number, end: number, link: Element): void {
  let at = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    if (child.type === 'element' && at <= start && end <= at + length) {
      wrap(child, start - at, end - at, link);
      return;
    }
    at += length;
  }
  const [before, inside, after] = partition(parent.children, start, end);
  link.children = inside;
  parent.children = [...before, link, ...after];
}

type Parts = [before: ElementContent[], inside: ElementContent[], after: ElementContent[]];

/**
 * Splits nodes at text offsets `start` and `end` into what lies before, inside
 * and after. A node a boundary cuts through is split: a text into two texts,
 * an element into copies on either side (`<strong>衡阳南岳</strong>机场` gives
 * `<strong>衡阳</strong>` before and `<strong>南岳</strong>机场` inside). A node
 * without text at a boundary stays outside.
 */
function partition(nodes: readonly ElementContent[], start: number, end: number): Parts {
  const parts: Parts = [[], [], []];
  let at = 0;
  for (const node of nodes) {
    const from = at;
    const to = (at += textLength(node));
    if (to <= start) parts[0].push(node);
    else if (from >= end) parts[2].push(node);
    else if (from >= start && to <= end) parts[1].push(node);
    else {
      // Only text and inline formatting hold a run's text (runsOf), so only they are ever cut.
      const [before, inside, after] = cut(node as Text | Element, start - from, end - from);
      parts[0].push(...before);
      parts[1].push(...inside);
      parts[2].push(...after);
    }
  }
  return parts;
}

/** `partition` for one node, with offsets relative to it (they may reach past either end). */
function cut(node: Text | Element, start: number, end: number): Parts {
  if (node.type === 'text') {
    const s = Math.max(start, 0);
    const e = Math.min(end, node.value.length);
    const text = (value: string): ElementContent[] => (value ? [{ type: 'text', value }] : []);
    return [text(node.value.slice(0, s)), text(node.value.slice(s, e)), text(node.value.slice(e))];
  }
  const copy = (children: ElementContent[]): ElementContent[] =>
    children.length ? [{ ...node, properties: { ...node.properties }, children }] : [];
  const [before, inside, after] = partition(node.children, start, end);
  return [copy(before), copy(inside), copy(after)];
}
