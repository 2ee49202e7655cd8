/**
 * Shared by the two name proposers (entities:candidates, glossary:candidates):
 * a candidate string with its counts, placed in its first paragraph, and its
 * rejection written to the registry's stoplist with the reason, which both
 * proposers already read, so it is not proposed again.
 */
import type { Candidate } from '../../candidates/source-texts.ts';
import { type ReviewContext, paragraphsWith, placeOf } from '../context.ts';
import type { ReviewItem, YamlEdit } from '../item.ts';
import { entryNode, topList } from '../yaml-edit.ts';

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

export function stoplistEdit(item: ReviewItem, reason: string): YamlEdit {
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
