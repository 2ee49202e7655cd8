/**
 * Marks glossary terms and entity mentions in report paragraphs. An entity
 * mention becomes a link to its page every time; a term only at its first
 * occurrence in each section (a heading's section, or a 专栏 box), so the text
 * is not a sea of underlines. Headings, links, page furniture and figure
 * captions are never touched; the text itself never changes.
 *
 * Every match, marked or not, is recorded in `file.data.mentions` for the
 * glossary and entity pages, with the paragraph and offset it sits at.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { createMatcher } from './matcher.ts';
import type { Pattern } from './patterns.ts';

export interface Mention {
  kind: 'term' | 'entity';
  id: string;
  text: string;
  paragraphId: string;
  sectionId: string;
  /** Offset of the match in the paragraph's text. */
  offset: number;
  /** Whether the mention is marked on the page (every entity; a term's first in its section). */
  marked: boolean;
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
  /** Each document's level of government (市/区/县), by slug, for indicators' scope. */
  levels?: Record<string, string>;
}

/** The document a tree comes from: its slug, from the generated file's name. */
function slugOf(file: VFile): string | undefined {
  return file.stem ?? file.path?.match(/([^/\\]+)\.mdx$/)?.[1];
}

type Node = RootContent | MdxJsxFlowElementHast;

const HEADING = /^h[2-6]$/;
const SKIP = new Set(['a', 'code', 'script', 'style', 'figcaption']);

export function rehypeAnnotate({ patterns, base, levels = {} }: AnnotateOptions) {
  const match = createMatcher(patterns);
  return (tree: Root, file: VFile) => {
    const slug = slugOf(file);
    const level = slug ? levels[slug] : undefined;
    const mentions: Mention[] = [];
    let sectionId = 's0';
    const seenTerms = new Set<string>();

    const annotateParagraph = (p: Element) => {
      const paragraphId = String(p.properties.id);
      let offset = 0;
      const walk = (parent: Element) => {
        const children: ElementContent[] = [];
        for (const child of parent.children) {
          if (child.type === 'text') {
            children.push(...annotateText(child, offset, paragraphId));
            offset += child.value.length;
          } else if (child.type === 'element') {
            if (SKIP.has(child.tagName) || child.properties.dataChrome !== undefined) offset += textLength(child);
            else walk(child);
            children.push(child);
          } else children.push(child);
        }
        parent.children = children;
      };
      walk(p);
    };

    const annotateText = (node: Text, textOffset: number, paragraphId: string): ElementContent[] => {
      // An indicator names the figure of its own level of government only.
      const found = match(node.value).filter((m) => !m.pattern.level || !level || m.pattern.level === level);
      if (found.length === 0) return [node];
      const out: ElementContent[] = [];
      let at = 0;
      for (const m of found) {
        const { kind, id } = m.pattern;
        const firstInSection = kind === 'entity' || !seenTerms.has(`${sectionId}|${id}`);
        if (kind === 'term') seenTerms.add(`${sectionId}|${id}`);
        const text = node.value.slice(m.start, m.end);
        mentions.push({ kind, id, text, paragraphId, sectionId, offset: textOffset + m.start, marked: firstInSection });
        if (!firstInSection) continue;
        if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
        out.push({
          type: 'element',
          tagName: 'a',
          properties: kind === 'term' ? { href: `${base}glossary/${id}/`, className: ['term'], dataTerm: id } : { href: `${base}entities/${id}/`, className: ['entity'], dataEntity: id },
          children: [{ type: 'text', value: text }],
        });
        at = m.end;
      }
      if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
      return out;
    };

    const visit = (children: Node[], boxId?: string) => {
      for (const node of children) {
        if (node.type === 'mdxJsxFlowElement') {
          const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
          if (node.name === 'aside' && typeof id === 'string') {
            const outer = sectionId;
            sectionId = id;
            visit(node.children as Node[], id);
            sectionId = outer;
          }
          continue;
        }
        if (node.type !== 'element') continue;
        if (HEADING.test(node.tagName)) {
          if (!boxId) sectionId = String(node.properties.id ?? sectionId);
        } else if (node.tagName === 'p' && typeof node.properties.id === 'string') annotateParagraph(node);
      }
    };
    visit(tree.children as Node[]);
    file.data.mentions = mentions;
  };
}

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((n, c) => n + textLength(c), 0);
  return 0;
}
