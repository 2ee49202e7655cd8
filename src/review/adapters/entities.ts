/**
 * Adapter for `entities:candidates` (src/candidates/entity-candidates.ts): a
 * name the texts repeat that the registry does not hold. Accepted, it becomes
 * an entity in the registry file chosen (by default the file and kind of the
 * registered names that end the same way); rejected, a stoplist line.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findEntityCandidates } from '../../candidates/entity-candidates.ts';
import type { Entity } from '../../data/entity-schema.ts';
import { ENTITY_KINDS } from '../../data/entity-kinds.ts';
import { type ReviewContext, inContent, pinyinSlug } from '../context.ts';
import type { Adapter } from '../item.ts';
import { given, listField, nameAdapter } from './names.ts';

/** The registered entities whose names end as this one does (the longest shared ending): their kind and file are the likely ones. */
function nearest(name: string, entities: Entity[]): Entity | undefined {
  for (let n = Math.min(4, name.length - 1); n >= 1; n--) {
    const alike = entities.filter((e) => e.name.endsWith(name.slice(-n)));
    if (alike.length === 0) continue;
    const counts = new Map<string, number>();
    for (const e of alike) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const kind = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    return alike.find((e) => e.kind === kind);
  }
  return undefined;
}

export function entityAdapter(ctx: ReviewContext): Adapter {
  const entities = ctx.content.entities.entities;
  const files = readdirSync(join(ctx.contentDir, 'entities'))
    .filter((f) => f.endsWith('.yaml') && !['stoplist.yaml', 'common-words.yaml'].includes(f))
    .map((f) => `entities/${f}`);
  return nameAdapter(ctx, {
    kind: 'entity',
    label: '名称',
    reads: ['entities/', 'glossary/'],
    rejectFile: 'entities/stoplist.yaml',
    find: findEntityCandidates,
    propose(c, at) {
      const like = nearest(c.candidate, entities);
      const file = like ? inContent(ctx, like.file) : files[0]!;
      return {
        fields: [
          { name: 'id', label: 'id', value: pinyinSlug(c.candidate), hint: '小写拼音，以连字符连接' },
          { name: 'name', label: '名称', value: c.candidate },
          { name: 'kind', label: '类别', value: like?.kind ?? '', options: ENTITY_KINDS },
          {
            name: 'place',
            label: '地方（行政区 id）',
            value: typeof like?.place === 'string' ? like.place : '',
            hint: '所属行政区，如 hengyang-city',
          },
          { name: 'aliases', label: '别名（以、分隔）', value: '' },
          { name: 'description', label: '说明（一句，据来源）', value: '', long: true, hint: '必填；只写来源中的事实' },
          { name: 'file', label: '登记文件', value: file, options: files },
        ],
        file,
        reason: `${at.seen}${like ? `；与已登记的“${like.name}”（${like.kind}）结尾相同` : ''}`,
      };
    },
    entry: (item, values) => ({
      file: values.file?.trim() || item.file,
      entry: {
        ...given(values, 'id'),
        ...given(values, 'name'),
        ...given(values, 'kind'),
        aliases: listField(values.aliases),
        ...given(values, 'place'),
        ...given(values, 'description'),
      },
      near: (e) => e.get('kind') === values.kind,
    }),
    outcome: (item, values) =>
      `新增实体页 /entities/${values.id ?? ''}/（${values.kind || '类别未定'}），文中各处“${values.name ?? item.title}”链接到该页；写入 content/${values.file ?? item.file}`,
  });
}
