/**
 * Adapter for `glossary:candidates` (src/candidates/glossary-candidates.ts): a
 * quoted string or numbered slogan the glossary does not hold. Accepted, it
 * becomes a term in content/glossary/terms.yaml, after the last term of its
 * category; rejected, a line of the glossary's stoplist.
 */
import { coveredStrings } from '../../candidates/covered.ts';
import { findGlossaryCandidates } from '../../candidates/glossary-candidates.ts';
import { sourceTexts } from '../../candidates/source-texts.ts';
import { GLOSSARY_CATEGORIES } from '../../data/glossary-schema.ts';
import { sentenceAround } from '../../zh/sentences.ts';
import { type ReviewContext, pinyinSlug } from '../context.ts';
import type { Adapter, ReviewItem } from '../item.ts';
import { entryNode, insertEntry, topList } from '../yaml-edit.ts';
import { given, listField, nameItem, stoplistEdit } from './names.ts';

const FILE = 'glossary/terms.yaml';

export function glossaryAdapter(ctx: ReviewContext): Adapter {
  const entryOf = (item: ReviewItem, values: Record<string, string>) => ({
    ...given(values, 'id'),
    ...given(values, 'term'),
    variants: listField(values.variants),
    ...given(values, 'category'),
    ...given(values, 'definition'),
    ...given(values, 'gloss'),
    // A verbatim sentence of the document that defines it, or the public record.
    basis: values.basis?.trim() ? { doc: item.doc, quote: values.basis.trim() } : 'public record',
  });

  const adapter: Adapter = {
    kind: 'glossary',
    label: '术语',
    reads: ['entities/', 'glossary/'],
    items() {
      const found = findGlossaryCandidates(sourceTexts(ctx.contentDir), coveredStrings(ctx.contentDir, ctx.root));
      return found.flatMap((c) => {
        const at = nameItem(ctx, c, 'glossary');
        if (!at) return [];
        const [start, end] = at.highlights[0]!;
        const item: ReviewItem = {
          kind: 'glossary',
          id: at.id,
          title: c.candidate,
          fields: [
            { name: 'id', label: 'id', value: pinyinSlug(c.candidate), hint: '小写拼音，以连字符连接' },
            { name: 'term', label: '术语', value: c.candidate },
            { name: 'variants', label: '异写（以、分隔）', value: '' },
            { name: 'category', label: '类别', value: '', options: GLOSSARY_CATEGORIES },
            { name: 'definition', label: '释义（不超过80字，自己的话）', value: '', long: true },
            { name: 'gloss', label: '英文释义', value: '' },
            {
              name: 'basis',
              label: '依据（本文件中定义它的原句）',
              value: sentenceAround(at.text, start, end).sentence,
              long: true,
              hint: '须逐字出自所在文件的一段；不是定义句时清空，记为 public record',
            },
          ],
          doc: at.doc,
          docTitle: at.docTitle,
          paragraph: at.paragraph,
          text: at.text,
          highlights: at.highlights,
          file: FILE,
          rejectFile: 'glossary/stoplist.yaml',
          reason: at.seen,
          outcome: '',
        };
        item.outcome = adapter.outcome(item, Object.fromEntries(item.fields.map((f) => [f.name, f.value])));
        return [item];
      });
    },
    accept(item, values) {
      return {
        file: FILE,
        apply: (doc) => {
          insertEntry(topList(doc, FILE), entryNode(doc, entryOf(item, values)), (e) => e.get('category') === values.category);
        },
      };
    },
    reject: stoplistEdit,
    outcome(item, values) {
      return `新增术语页 /glossary/${values.id ?? ''}/（${values.category || '类别未定'}），各报告中“${values.term ?? item.title}”链接到该页；写入 content/${FILE}`;
    },
  };
  return adapter;
}
