/**
 * Edits a YAML data file on its Document (the yaml package's own tree), so
 * every comment, the order of entries and the layout of the lines not edited
 * stay as they were; a file is never re-serialised from plain objects.
 */
import {
  type Document,
  type Node,
  type ToStringOptions,
  isAlias,
  isMap,
  isNode,
  isSeq,
  parseDocument,
  visit,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { ReviewRefusal } from './item.ts';

/**
 * How the content files are laid out: sequences flush with their key or indented, flow maps
 * with or without inner spaces. A file is written back in the layout that reproduces it.
 */
const LAYOUTS: ToStringOptions[] = [false, true].flatMap((indentSeq) =>
  [false, true].map((flowCollectionPadding) => ({ indentSeq, flowCollectionPadding, lineWidth: 0, minContentWidth: 0 })),
);

const changedLines = (a: string, b: string) => {
  const left = a.split('\n');
  const right = new Set(b.split('\n'));
  return left.filter((line) => !right.has(line)).length;
};

/** The layout that writes the unedited file back unchanged, or the one closest to it (a file mixing layouts). */
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

/** Applies an edit to a file's text and writes it back in the file's own layout. */
export function editYamlText(text: string, file: string, apply: (doc: Document) => void): string {
  const doc = parseForEdit(text, file);
  apply(doc);
  return doc.toString(layoutOf(text));
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
