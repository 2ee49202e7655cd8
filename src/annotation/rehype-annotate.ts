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
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { ContextRule } from './context-rules.ts';
import { detectScript, readingFor } from '../core/script.ts';
import { createMatcher } from './matcher.ts';
import type { Pattern } from './term-patterns.ts';
import { isFurniture } from '../zh/furniture.ts';
import { PARAGRAPH_BLOCKS } from '../core/hast.ts';

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
  /**
   * Each document's place by slug (null for a place outside the registry): an
   * indicator links only in documents of its place. A document not listed links every indicator.
   */
  places?: Record<string, string | null>;
  /** When a match is not a mention (context-rules.ts); by default the project's rules. */
  ignore?: readonly ContextRule[];
}

const SECTION_HEADING = /^h[2-6]$/;
const HEADING = /^h[1-6]$/;
/** Inline formatting a match may lie in or run across; any other element in a paragraph is left whole. */
const FORMATTING = new Set(['strong', 'em']);
const CELLS = new Set(['td', 'th']);

export function rehypeAnnotate({ patterns, base, documentSlug, places = {}, ignore }: AnnotateOptions) {
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
    const place = slug === undefined || !(slug in places) ? undefined : places[slug];
    // Matching runs on the reading: a Traditional text's Simplified forms, without invisible format characters.
    const script = detectScript(toString(tree));
    const mentions: Mention[] = [];
    /** `section|term` pairs whose first occurrence is already linked. */
    const linkedTerms = new Set<string>();
    let sectionId = 's0';
    let inBox = false;

    const annotate = (p: Element, paragraphId: string) => {
      const links: Link[] = [];
      for (const run of runsOf(p)) {
        const reading = readingFor(run.text, script);
        for (const found of match(reading.text)) {
          const { pattern } = found;
          if (pattern.place && place !== undefined && pattern.place !== place) continue;
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
      wrapAll(
        p,
        links.sort((a, b) => a.start - b.start),
      );
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
          if (PARAGRAPH_BLOCKS.has(node.tagName)) {
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
      } else if (child.type === 'element' && CELLS.has(child.tagName)) {
        // A table row is annotated cell by cell: no match runs from one cell into the next.
        current = undefined;
        visit(child.children);
        current = undefined;
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

interface Link {
  start: number;
  end: number;
  link: Element;
}

/**
 * Wraps each link's text [start, end) of `parent` in its link element, inside
 * the innermost element that holds all of it. `links` are in text order and do
 * not overlap (the matcher keeps no overlapping matches). Every node is visited
 * once per level it sits at, whatever the number of links: a paragraph of one
 * long line with thousands of links is split in one pass, not rebuilt per link.
 */
function wrapAll(parent: Element, links: readonly Link[]): void {
  if (!links.length) return;
  const here: Link[] = [];
  const inside = new Map<Element, Link[]>();
  let at = 0;
  let i = 0;
  for (const child of parent.children) {
    const from = at;
    at += textLength(child);
    for (; i < links.length && links[i]!.start < at; i++) {
      const l = links[i]!;
      if (child.type === 'element' && from <= l.start && l.end <= at) {
        const list = inside.get(child) ?? [];
        list.push({ ...l, start: l.start - from, end: l.end - from });
        inside.set(child, list);
      } else here.push(l);
    }
  }
  here.push(...links.slice(i));
  for (const [child, list] of inside) wrapAll(child, list);
  if (!here.length) return;
  const segments = segment(
    parent.children,
    here.flatMap((l) => [l.start, l.end]),
    0,
    0,
  );
  parent.children = segments.flatMap((nodes, k) => {
    if (k % 2 === 0) return nodes;
    const { link } = here[(k - 1) / 2]!;
    link.children = nodes;
    return [link];
  });
}

/**
 * Splits nodes at the text offsets `cuts` (sorted; every link gives its start
 * and end, so an even segment lies outside the links and an odd one inside;
 * `first` is the index of cuts[0] among all of them, `offset` the nodes' start).
 * A node a cut goes through is split: a text into texts, an element into
 * copies, one per segment it has text in (`<strong>衡阳南岳</strong>机场` gives
 * `<strong>衡阳</strong>` before and `<strong>南岳</strong>机场` inside). A node
 * without text at a cut stays outside the link.
 */
function segment(nodes: readonly ElementContent[], cuts: readonly number[], first: number, offset: number): ElementContent[][] {
  const out: ElementContent[][] = Array.from({ length: cuts.length + 1 }, () => []);
  let at = offset;
  let k = 0;
  for (const node of nodes) {
    const from = at;
    at += textLength(node);
    while (k < cuts.length && cuts[k]! < from) k++;
    const atFrom = k;
    if (from === at) {
      // Of the segments that meet at this point, the one outside every link.
      let s = k;
      while (s < cuts.length && cuts[s] === from && (first + s) % 2 === 1) s++;
      out[s]!.push(node);
      continue;
    }
    while (k < cuts.length && cuts[k] === from) k++;
    let j = k;
    while (j < cuts.length && cuts[j]! < at) j++;
    if (j === k) {
      out[k]!.push(node);
    } else if (node.type === 'text') {
      // Only text and inline formatting hold a run's text (runsOf), so only they are ever cut.
      let last = from;
      for (let c = k; c <= j; c++) {
        const to = c < j ? cuts[c]! : at;
        if (to > last) out[c]!.push({ type: 'text', value: node.value.slice(last - from, to - from) });
        last = Math.max(last, to);
      }
    } else {
      // The cuts at its edges too, so a child without text there lands outside the link as well.
      let end = j;
      while (end < cuts.length && cuts[end] === at) end++;
      const element = node as Element;
      segment(element.children, cuts.slice(atFrom, end), first + atFrom, from).forEach((children, c) => {
        if (children.length) out[atFrom + c]!.push({ ...element, properties: { ...element.properties }, children });
      });
    }
    k = j;
  }
  return out;
}
