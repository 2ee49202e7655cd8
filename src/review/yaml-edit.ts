/**
 * Edits a YAML data file on its Document (the yaml package's own tree), so
 * every comment, the order of entries and the layout of the lines not edited
 * stay as they were; a file is never re-serialised from plain objects.
 */
import { Document, type Node, type ToStringOptions, isAlias, isMap, isNode, isSeq, parseDocument, visit, YAMLMap, YAMLSeq } from 'yaml';
import { ReviewRefusal } from './item.ts';

/**
 * How the content files are laid out: sequences flush with their key or indented, flow maps
 * with or without inner spaces, maps indented by two or four. A file, or an entry, is written
 * back in the layout that reproduces it.
 */
const LAYOUTS: ToStringOptions[] = [2, 4].flatMap((indent) =>
  [false, true].flatMap((indentSeq) =>
    [false, true].map((flowCollectionPadding) => ({
      indent,
      indentSeq,
      flowCollectionPadding,
      lineWidth: 0,
      minContentWidth: 0,
      // An entry written on its own may refer to an anchor of another entry.
      verifyAliasOrder: false,
    })),
  ),
);

const changedLines = (a: string, b: string) => {
  const left = a.split('\n');
  const right = new Set(b.split('\n'));
  return left.filter((line) => !right.has(line)).length;
};

/** The layout that writes the unedited text back unchanged, or the one closest to it (a text mixing layouts). */
export function layoutOf(text: string): ToStringOptions {
  const doc = parseDocument(text);
  let best = LAYOUTS[0]!;
  let fewest = Infinity;
  for (const layout of LAYOUTS) {
    const out = doc.toString(layout);
    if (out === text) return layout;
    const changed = changedLines(text, out);
    if (changed < fewest) [best, fewest] = [layout, changed];
  }
  return best;
}

export function parseForEdit(text: string, file: string): Document {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new ReviewRefusal(`${file} is not valid YAML (${error.message.split('\n')[0]}); fix it by hand first.`);
  return doc;
}

/**
 * Applies an edit to a file's text. Where the file is a list of entries, only the entries the edit
 * changed or added are written, each in the layout of its own text (a new one in that of the entry
 * before it), and every other byte stays, so a file whose entries differ in layout keeps each one's;
 * any other edit writes the whole file in the layout closest to its own.
 */
export function editYamlText(text: string, file: string, apply: (doc: Document) => void): string {
  const doc = parseForEdit(text, file);
  const before = isSeq(doc.contents) && !doc.contents.flow ? [...doc.contents.items] : [];
  const written = new Map(before.map((item) => [item, entryText(item, LAYOUTS[0]!)]));
  apply(doc);
  const after = isSeq(doc.contents) ? doc.contents.items : [];
  const kept = after.filter((item) => written.has(item));
  const inPlace = before.length > 0 && kept.length === before.length && kept.every((item, i) => item === before[i]);
  if (!inPlace || !before.every((item) => isNode(item) && item.range)) return doc.toString(layoutOf(text));

  // Splices, from the file's end back, so each range still points into the unchanged text before it.
  const splices: { at: number; end: number; text: string }[] = [];
  let previous: Node | undefined;
  for (const item of after as Node[]) {
    if (written.has(item)) {
      if (entryText(item, LAYOUTS[0]!) !== written.get(item)) {
        const [start, end] = item.range!;
        splices.push({ at: start, end, text: rewritten(text, start, end, item) });
      }
      previous = item;
      continue;
    }
    if (!previous) return doc.toString(layoutOf(text));
    const [start, end] = previous.range!;
    const column = columnOf(text, start);
    const dash = text.lastIndexOf('-', start);
    // "- " or "-   " and the margin of the entry before it, then its lines at that entry's column.
    const head = `${' '.repeat(columnOf(text, dash))}-${' '.repeat(column - columnOf(text, dash) - 1)}`;
    const entry = head + atColumn(entryText(item, layoutOf(standalone(text, start, end))), column);
    // After the entry before it, which may end its line (a block map) or not (a flow map on one line).
    splices.push(text[end - 1] === '\n' ? { at: end, end, text: entry } : { at: end, end, text: `\n${entry.replace(/\n$/u, '')}` });
    previous = item;
  }
  let out = text;
  for (const { at, end, text: inserted } of splices.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + inserted + out.slice(end);
  return out;
}

/** An entry written as the only item of a list, without the comment or blank line before it (they stay in the file). */
function entryText(item: unknown, layout: ToStringOptions): string {
  if (!isNode(item)) return String(item);
  const before = { commentBefore: item.commentBefore, spaceBefore: item.spaceBefore };
  delete item.commentBefore;
  delete item.spaceBefore;
  try {
    const one = new Document(new YAMLSeq());
    (one.contents as YAMLSeq).items.push(item);
    return one.toString(layout);
  } finally {
    Object.assign(item, before);
  }
}

const columnOf = (text: string, at: number) => at - text.lastIndexOf('\n', at - 1) - 1;

/** The entry at [start, end) of the file as the only item of a list at the line's start ("- " + its lines). */
function standalone(text: string, start: number, end: number): string {
  const shift = columnOf(text, start) - 2;
  const lines = text.slice(start, end).split('\n');
  return `- ${lines.map((line, i) => (i === 0 ? line : line.slice(Math.min(shift, line.length - line.trimStart().length)))).join('\n')}`;
}

/** An entry written as "- " + its lines, without the dash, its lines moved to stand at a column. */
const atColumn = (written: string, column: number) => written.slice(2).replace(/\n(?=.)/gu, `\n${' '.repeat(column - 2)}`);

/** The edited entry, written in the layout its own text had and at the column it stood at. */
function rewritten(text: string, start: number, end: number, item: Node): string {
  const out = atColumn(entryText(item, layoutOf(standalone(text, start, end))), columnOf(text, start));
  return text[end - 1] === '\n' ? out : out.replace(/\n$/u, '');
}

/** The top-level list of a data file; an empty file becomes one. */
export function topList(doc: Document, file: string): YAMLSeq {
  if (doc.contents === null) doc.contents = new YAMLSeq();
  if (!isSeq(doc.contents)) throw new ReviewRefusal(`${file} is not a list of entries.`);
  // An empty `[]` becomes a block list, as the files write their entries.
  if (doc.contents.items.length === 0) doc.contents.flow = false;
  return doc.contents;
}

/** The entry of a top-level list with this id. */
export function entryById(doc: Document, file: string, id: string): YAMLMap {
  const entry = topList(doc, file).items.find((item) => isMap(item) && item.get('id') === id);
  if (!isMap(entry)) throw new ReviewRefusal(`${file} has no entry with id "${id}" (was it renamed or moved?).`);
  return entry;
}

/**
 * The list under a key of an entry, created (as a block list) when absent or an empty `[]`.
 * A list shared with another entry through a YAML anchor is refused: adding to it would add to both.
 */
export function listOf(doc: Document, entry: YAMLMap, key: string, file: string): YAMLSeq {
  const node: unknown = entry.get(key, true);
  const label = `"${key}" of "${String(entry.get('id'))}" in ${file}`;
  if (isAlias(node)) throw new ReviewRefusal(`${label} is shared with another entry (${node.toString()}); edit it by hand.`);
  if (isSeq(node)) {
    if (node.anchor && aliased(doc, node.anchor))
      throw new ReviewRefusal(`${label} is shared with another entry through the anchor &${node.anchor}; edit it by hand.`);
    if (node.items.length === 0) node.flow = false;
    return node;
  }
  if (node !== undefined && !(isNode(node) && (node as Node & { value?: unknown }).value === null))
    throw new ReviewRefusal(`${label} is not a list.`);
  const list = new YAMLSeq();
  entry.set(key, list);
  return list;
}

function aliased(doc: Document, anchor: string): boolean {
  let found = false;
  visit(doc, {
    Alias(_, alias) {
      if (alias.source !== anchor) return undefined;
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * A new entry as the content files write one: a block map whose nested maps and lists are
 * written inline (`basis: {doc: …, quote: …}`, `aliases: [衡永高速]`), or wholly inline.
 */
export function entryNode(doc: Document, value: Record<string, unknown>, inline = false): YAMLMap {
  const map = doc.createNode(value) as YAMLMap;
  map.flow = inline;
  for (const pair of map.items) if (isMap(pair.value) || isSeq(pair.value)) pair.value.flow = true;
  return map;
}

/** Puts an entry after the last one `near` picks (its group: same category, same kind), else at the end. */
export function insertEntry(list: YAMLSeq, entry: YAMLMap, near: (item: YAMLMap) => boolean = () => false): void {
  const last = list.items.findLastIndex((item) => isMap(item) && near(item));
  if (last < 0) list.items.push(entry);
  else list.items.splice(last + 1, 0, entry);
}
