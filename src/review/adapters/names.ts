/**
 * The one adapter of the two name proposers (entities:candidates,
 * glossary:candidates): a candidate string with its counts, placed in its
 * first paragraph; accepted, an entry of its registry after the entries of its
 * group; rejected, a line of the registry's stoplist with the reason, which
 * both proposers already read, so it is not proposed again. What differs
 * between the two (the form, the file, the entry) is a NameKind.
 */
import { coveredBy } from '../../candidates/covered.ts';
import type { Candidate } from '../../candidates/source-texts.ts';
import type { YAMLMap } from 'yaml';
import { type ReviewContext, paragraphsWith, placeOf } from '../context.ts';
import type { Adapter, ReviewItem, YamlEdit } from '../item.ts';
import { entryNode, insertEntry, topList } from '../yaml-edit.ts';

export type NamePlace = NonNullable<ReturnType<typeof nameItem>>;

export interface NameKind {
  kind: 'entity' | 'glossary';
  label: string;
  reads: readonly string[];
  rejectFile: string;
  /** The proposer: the candidates of the source texts that the covered strings do not account for. */
  find: (texts: Map<string, string>, covered: Set<string>) => Candidate[];
  /** The form, the file an accepted entry goes to and the proposer's reasons, for a candidate where it stands. */
  propose: (c: Candidate, at: NamePlace) => Pick<ReviewItem, 'fields' | 'file' | 'reason'>;
  /** The entry the reviewer's values make, its file, and the entries of its group it goes after. */
  entry: (
    item: ReviewItem,
    values: Record<string, string>,
  ) => { file: string; entry: Record<string, unknown>; near: (e: YAMLMap) => boolean };
  outcome: (item: ReviewItem, values: Record<string, string>) => string;
}

export function nameAdapter(ctx: ReviewContext, k: NameKind): Adapter {
  return {
    kind: k.kind,
    label: k.label,
    reads: k.reads,
    items() {
      return k.find(ctx.texts, coveredBy(ctx.content.glossary, ctx.content.entities)).flatMap((c) => {
        const at = nameItem(ctx, c, k.kind);
        if (!at) return [];
        const { id, doc, docTitle, paragraph, text, highlights } = at;
        const item: ReviewItem = {
          kind: k.kind,
          id,
          title: c.candidate,
          ...k.propose(c, at),
          doc,
          docTitle,
          paragraph,
          text,
          highlights,
          rejectFile: k.rejectFile,
          outcome: '',
        };
        item.outcome = k.outcome(item, Object.fromEntries(item.fields.map((f) => [f.name, f.value])));
        return [item];
      });
    },
    accept(item, values) {
      const { file, entry, near } = k.entry(item, values);
      return {
        file,
        apply: (doc) => {
          insertEntry(topList(doc, file), entryNode(doc, entry), near);
        },
      };
    },
    reject: stoplistEdit,
    outcome: k.outcome,
  };
}

/** The item's place and counts, or nothing when no paragraph holds it (a string across a paragraph break). */
export function nameItem(ctx: ReviewContext, c: Candidate, kind: 'entity' | 'glossary') {
  const where = placeOf(ctx, c.candidate);
  if (!where) return undefined;
  const paragraphs = paragraphsWith(ctx, c.candidate).length;
  return {
    id: `${kind}|${c.candidate}`,
    ...where,
    seen: `文中出现${c.count}次，${paragraphs}段，${c.docs.length}份文件（${c.docs.join('、')}）`,
  };
}

function stoplistEdit(item: ReviewItem, reason: string): YamlEdit {
  const candidate = item.id.slice(item.id.indexOf('|') + 1);
  return {
    file: item.rejectFile,
    apply: (doc) => {
      topList(doc, item.rejectFile).items.push(entryNode(doc, { candidate, reason }));
    },
  };
}

/** The reviewer's value of a field, trimmed; absent when empty, so the schema names a missing field. */
export function given(values: Record<string, string>, name: string): Record<string, string> {
  const v = values[name]?.trim();
  return v ? { [name]: v } : {};
}

/** A list field typed as 衡永高速、衡永 or 衡永高速, 衡永. */
export const listField = (text: string | undefined) =>
  (text ?? '')
    .split(/[、，,]/u)
    .map((s) => s.trim())
    .filter(Boolean);
