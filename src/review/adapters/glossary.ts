/**
 * Adapter for `glossary:candidates` (src/candidates/glossary-candidates.ts): a
 * quoted string or numbered slogan the glossary does not hold. Accepted, it
 * becomes a term in content/glossary/terms.yaml, after the last term of its
 * category; rejected, a line of the glossary's stoplist.
 */
import { findGlossaryCandidates } from '../../candidates/glossary-candidates.ts';
import { GLOSSARY_CATEGORIES } from '../../data/glossary-schema.ts';
import { sentenceAround } from '../../zh/sentences.ts';
import { type ReviewContext, pinyinSlug } from '../context.ts';
import type { Adapter } from '../item.ts';
import { given, listField, nameAdapter } from './names.ts';

const FILE = 'glossary/terms.yaml';

export function glossaryAdapter(ctx: ReviewContext): Adapter {
  return nameAdapter(ctx, {
    kind: 'glossary',
    label: '术语',
    reads: ['entities/', 'glossary/'],
    rejectFile: 'glossary/stoplist.yaml',
    find: findGlossaryCandidates,
    propose(c, at) {
      const [start, end] = at.highlights[0]!;
      return {
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
        file: FILE,
        reason: at.seen,
      };
    },
    entry: (item, values) => ({
      file: FILE,
      entry: {
        ...given(values, 'id'),
        ...given(values, 'term'),
        variants: listField(values.variants),
        ...given(values, 'category'),
        ...given(values, 'definition'),
        ...given(values, 'gloss'),
        // A verbatim sentence of the document that defines it, or the public record.
        basis: values.basis?.trim() ? { doc: item.doc, quote: values.basis.trim() } : 'public record',
      },
      near: (e) => e.get('category') === values.category,
    }),
    outcome: (item, values) =>
      `新增术语页 /glossary/${values.id ?? ''}/（${values.category || '类别未定'}），各报告中“${values.term ?? item.title}”链接到该页；写入 content/${FILE}`,
  });
}
