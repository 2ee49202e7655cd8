/**
 * Proposes short and compound forms of registry names that the texts use but
 * the registry does not list, so an entity is linked in every document that
 * names it:
 *   - a short form: the distinctive core of a name (衡缘物流中心 → 衡缘,
 *     红星美凯龙家居广场 → 红星美凯龙, 中兴通讯 → 中兴) occurring where no
 *     registry string covers it, shown with the characters around it
 *     (祁东衡缘, a county name before the core);
 *   - a compound form: a registry name run together with more name-like text
 *     (富士康工业富联) up to punctuation or a common verb.
 * Only names of companies, projects, parks and platforms are looked at, whose
 * cores are distinctive; each proposal is for a person to judge: add the form
 * as an alias, a part or a guard, or leave it.
 */
import { kindIs } from '../data/entity-kinds.ts';
import AhoCorasick from 'modern-ahocorasick';
import { HAN } from '../zh/chars.ts';

/** Generic endings that a short form drops (longest first). */
const GENERIC_ENDINGS = [
  '有限公司',
  '物流中心',
  '家居广场',
  '商业广场',
  '科技园',
  '产业园',
  '工业园',
  '高速公路',
  '快速干道',
  '集团',
  '公司',
  '股份',
  '通讯',
  '科技',
  '物流',
  '广场',
  '中心',
  '高速',
  '铁路',
  '机场',
  '大桥',
  '学院',
  '大学',
  '医院',
  '景区',
  '公园',
  '园区',
  '新区',
  '新城',
].sort((a, b) => b.length - a.length);
/** Where a run-on name stops: punctuation, digits, and words that start the sentence's predicate. */
const STOP = new RegExp(
  `[^${HAN}]|深度|合作|继续|保持|加快|建设|推进|项目|新建|扩建|搬迁|正式|开通|投入|入选|被评|等|和|与|及|的|在|为|是|了|已|将|获|成|落户|投产`,
  'u',
);

export interface FormCandidate {
  entity: string;
  kind: 'short' | 'compound';
  /** The form as it occurs, with up to two characters before a short form (祁东衡缘). */
  form: string;
  docs: string[];
}

export interface FormEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  parts?: readonly string[];
  guards: readonly string[];
  kind?: string;
}

const HAN_WORD = new RegExp(`^${HAN}{2,}$`, 'u');

/** The core of a name: without its generic ending, at least two Han characters and not opening with 市. */
export function coresOf(name: string): string[] {
  const ending = GENERIC_ENDINGS.find((e) => name.endsWith(e) && name.length - e.length >= 2);
  const core = ending ? name.slice(0, -ending.length) : '';
  return HAN_WORD.test(core) && !core.startsWith('市') ? [core] : [];
}

/** `places`: place names (行政区 names and aliases) that may open a short form, as 祁东 in 祁东衡缘. */
export function findNameForms(texts: Map<string, string>, entities: readonly FormEntity[], covered: ReadonlySet<string>): FormCandidate[] {
  const registered = new AhoCorasick([...covered]);
  const places = entities.filter((e) => e.kind === '行政区').flatMap((e) => [e.name, ...e.aliases]);
  const found = new Map<string, FormCandidate>();
  const add = (entity: string, kind: FormCandidate['kind'], form: string, doc: string) => {
    if (covered.has(form)) return;
    const key = `${entity}|${form}`;
    const c = found.get(key) ?? { entity, kind, form, docs: [] };
    if (!c.docs.includes(doc)) c.docs.push(doc);
    found.set(key, c);
  };
  for (const [doc, text] of texts) {
    const spans = registered.search(text, { strategy: 'all' });
    const coveredAt = (start: number, end: number) => spans.some((h) => h.start <= start && end <= h.end);
    for (const e of entities) {
      if (!kindIs(e.kind ?? '', 'core')) continue;
      const names = [e.name, ...e.aliases, ...(e.parts ?? [])];
      for (const core of new Set(names.flatMap(coresOf))) {
        if (covered.has(core)) continue;
        for (let i = text.indexOf(core); i >= 0; i = text.indexOf(core, i + 1)) {
          if (coveredAt(i, i + core.length)) continue;
          const place = places.find((p) => text.slice(0, i).endsWith(p));
          add(e.id, 'short', (place ?? '') + core, doc);
        }
      }
      if (e.kind !== '企业') continue;
      for (const name of names) {
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
          const rest = text.slice(i + name.length, i + name.length + 8);
          const stop = STOP.exec(rest);
          const tail = stop ? rest.slice(0, stop.index) : rest;
          // Two to four more characters that no registry string starts: a name of its own run together with this one.
          if (
            tail.length >= 2 &&
            tail.length <= 4 &&
            !coveredAt(i, i + name.length + tail.length) &&
            !spans.some((h) => h.start === i + name.length)
          )
            add(e.id, 'compound', name + tail, doc);
        }
      }
    }
  }
  return [...found.values()].sort(
    (a, b) => b.docs.length - a.docs.length || a.entity.localeCompare(b.entity) || a.form.localeCompare(b.form, 'zh-CN'),
  );
}
