/**
 * An imported document -> the document tree the text path makes (so MDX,
 * annotation and pages need nothing new). The opening lines are read as the
 * text path reads them (title, date, byline: `classifyFront`); 专栏 boxes,
 * figure captions and appendices are told by the same markers. Headings keep
 * the levels their file gives (h1–h6, Heading 1–9), ranked from h2 down; where
 * some heading was told by its look alone (a PDF's type, a site's bold line),
 * they nest by their numbering as in the text path (`assignDepths`). A list
 * the file marks is a list, bullet items typed as paragraphs (`●…`) become one
 * as in the text path, and a table is a table, with the title line right above
 * it as its caption. Line n of the tree is block n of the imported text.
 */
import type { AsideNode, BodyNode, DocumentTree, HeadingNode, ListNode, TableNode } from '../conversion/document-tree.ts';
import { APPENDIX, BOX, FIGURE, TABLE_TITLE, headingKindOf } from '../conversion/line-shapes.ts';
import { groupBullets } from '../conversion/lists.ts';
import { isHeadingLike } from '../conversion/reflow.ts';
import { assignDepths, classifyFront, frontLength } from '../conversion/structure.ts';
import { type ImportedDocument, blockText } from './imported.ts';

export function importedTree(doc: ImportedDocument, title: string | undefined, file: string): DocumentTree {
  const blocks = doc.blocks.map((b, i) => ({ text: blockText(b), line: i + 1 }));
  // The text path's front: the heading-like, unnumbered lines before the body; a titled document has at least its title there.
  const frontCount = frontLength(blocks);
  const frontEnd = title === undefined ? frontCount : Math.max(frontCount, 1);
  const front = classifyFront(blocks.slice(0, frontEnd), title, file);
  const body: BodyNode[] = [];
  const levels = new Map<HeadingNode, number | undefined>();
  /** Which list of the file each list node holds. */
  const lists = new Map<ListNode, number>();
  let aside: AsideNode | undefined;
  doc.blocks.slice(frontEnd).forEach((b, k) => {
    const line = frontEnd + k + 1;
    const text = blockText(b);
    if (BOX.test(text)) {
      aside = { type: 'aside', number: BOX.exec(text)![1]!, title: text, line, children: [] };
      body.push(aside);
    } else if (FIGURE.test(text) && b.type !== 'table') {
      aside = undefined;
      body.push({ type: 'figure', number: FIGURE.exec(text)![1]!, caption: text, line });
    } else if (b.type === 'heading') {
      aside = undefined;
      const appendix = APPENDIX.test(text) && isHeadingLike(text);
      const heading: HeadingNode = {
        type: 'heading',
        kind: appendix ? 'appendix' : (headingKindOf(text) ?? 'unnumbered'),
        depth: 0,
        text,
        line,
      };
      levels.set(heading, b.level);
      body.push(heading);
    } else if (b.type === 'table') {
      const into = aside?.children ?? body;
      const table: TableNode = { type: 'table', headerRows: b.headerRows, rows: b.rows, line };
      if (b.spans?.length) table.spans = b.spans;
      if (b.caption !== undefined) table.caption = b.caption;
      else {
        // A title line right above the table is its caption.
        const above = into.at(-1);
        if ((above?.type === 'paragraph' || above?.type === 'heading') && isTableTitle(above.text)) {
          into.pop();
          if (above.type === 'heading') levels.delete(above);
          table.caption = above.text;
        }
      }
      into.push(table);
    } else if (b.type === 'item') {
      const into = aside?.children ?? body;
      const last = into.at(-1);
      const item = { type: 'paragraph' as const, text, line };
      if (last?.type === 'list' && lists.get(last) === b.list) last.items.push(item);
      else {
        const list: ListNode = { type: 'list', ordered: b.ordered, items: [item], line };
        lists.set(list, b.list);
        into.push(list);
      }
    } else if (aside) aside.children.push({ type: 'paragraph', text, line });
    else body.push({ type: 'paragraph', text, line });
  });
  const headings = [...levels.keys()];
  const given = [...new Set(headings.filter((h) => h.kind !== 'appendix').map((h) => levels.get(h)))];
  if (given.length > 1 && given.every((l) => l !== undefined)) {
    const ranked = given.sort((a, b) => a - b);
    for (const h of headings) h.depth = h.kind === 'appendix' ? 2 : Math.min(6, 2 + ranked.indexOf(levels.get(h)!));
  } else assignDepths(body);
  return { front, body: groupBullets(body) };
}

/** A short line of its own, with no sentence in it, that names a table (`表1 …`, `…一览表`); an appendix label stays a section. */
function isTableTitle(text: string): boolean {
  return TABLE_TITLE.test(text) && isHeadingLike(text) && !APPENDIX.test(text);
}
