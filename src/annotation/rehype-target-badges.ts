/**
 * Puts a small marker (a link) after each quoted target clause in a report
 * paragraph: on the plan's clause it leads to the target's tracker page with
 * its status, on a later figure back to the target it reports on. The marker
 * goes after the punctuation that closes the clause. It holds no text: its
 * label ("目标", "对应", after a word joiner so it never begins a line nor pushes
 * a "，" or "。" to the start of one) comes from CSS by its role class, so a
 * reader who selects and copies the paragraph copies the source's words and
 * nothing of the site's. Its accessible name says what the target is; the script of
 * annotation-popover.ts shows the target's status from the page's notes
 * (src/views/report-notes.ts), found by the link's target id. Markers are
 * page furniture (`data-chrome`, `data-pagefind-ignore`): the fidelity check
 * and the search index see only the source text. Clauses quoted from headings
 * get no badge, so the table of contents keeps the heading's own words.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type { BadgeClause } from '../tracker/badges.ts';
import { isClosingMark } from '../zh/chars.ts';

export interface TargetBadgeOptions {
  clauses: BadgeClause[];
  /** The site's base path, ending in "/". */
  base: string;
  /** The document's slug; by default the file's name (Astro passes the .mdx path). */
  documentSlug?: string;
}

type Node = RootContent | MdxJsxFlowElementHast;

function badge(c: BadgeClause, base: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['target-badge', `target-badge-${c.role}`],
      href: `${base}targets/${c.targetId}/`,
      ariaLabel: c.text,
      dataChrome: '',
      dataPagefindIgnore: '',
    },
    children: [],
  };
}

/** Inserts nodes at a text offset of the paragraph, splitting a text node or after the element the offset closes. */
function insertAt(p: Element, offset: number, nodes: ElementContent[]): void {
  let pos = 0;
  for (let i = 0; i < p.children.length; i++) {
    const child = p.children[i]!;
    const length = toString(child).length;
    if (offset <= pos + length) {
      if (child.type === 'text' && offset < pos + length) {
        const cut = offset - pos;
        p.children.splice(i, 1, { type: 'text', value: child.value.slice(0, cut) }, ...nodes, {
          type: 'text',
          value: child.value.slice(cut),
        });
      } else {
        p.children.splice(i + 1, 0, ...nodes);
      }
      return;
    }
    pos += length;
  }
  p.children.push(...nodes);
}

export function rehypeTargetBadges({ clauses, base, documentSlug }: TargetBadgeOptions) {
  return (tree: Root, file: VFile) => {
    const slug = documentSlug ?? file.stem;
    const mine = clauses.filter((c) => c.doc === slug);
    if (mine.length === 0) return;
    const visit = (children: Node[]) => {
      for (const node of children) {
        if (node.type === 'mdxJsxFlowElement' && node.name === 'aside') visit(node.children);
        if (node.type !== 'element' || node.tagName !== 'p' || typeof node.properties.id !== 'string') continue;
        const text = toString(node);
        const ends = new Map<number, BadgeClause[]>();
        for (const c of mine) {
          const at = text.indexOf(c.quote);
          if (at < 0) continue;
          // The marker goes after the clause's closing marks, which no line may start with.
          let end = at + c.quote.length;
          while (end < text.length && isClosingMark(text[end]!)) end++;
          ends.set(end, [...(ends.get(end) ?? []), c]);
        }
        // From the last offset back, so earlier offsets stay valid.
        for (const [end, here] of [...ends].sort((a, b) => b[0] - a[0]))
          insertAt(
            node,
            end,
            here.map((c) => badge(c, base)),
          );
      }
    };
    visit(tree.children);
  };
}
