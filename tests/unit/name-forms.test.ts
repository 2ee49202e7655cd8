/** The short- and compound-form finder behind `npm run entities:forms`. */
import { describe, expect, it } from 'vitest';
import { coresOf, findNameForms } from '../../src/candidates/name-forms.ts';

const entities = [
  { id: 'hengyuan', name: '衡缘物流中心', aliases: ['衡缘物流'], guards: [], kind: '园区' },
  { id: 'foxconn', name: '富士康', aliases: [], guards: [], kind: '企业' },
  { id: 'zte', name: '中兴通讯', aliases: [], guards: [], kind: '企业' },
  { id: 'qidong', name: '祁东县', aliases: ['祁东'], guards: [], kind: '行政区' },
  { id: 'hospital', name: '市儿童医院', aliases: [], guards: [], kind: '医院' },
];
const covered = new Set(entities.flatMap((e) => [e.name, ...e.aliases]));

describe('short and compound forms of registry names', () => {
  it('a core drops the generic ending, not a bare word', () => {
    expect(coresOf('衡缘物流中心')).toEqual(['衡缘']);
    expect(coresOf('中兴通讯')).toEqual(['中兴']);
    expect(coresOf('市儿童医院')).toEqual([]);
  });

  it('proposes a short form with the place before it, and a company name run on into another name', () => {
    const texts = new Map([
      ['a', '建设耒阳哲桥、祁东衡缘等物流中心。衡缘物流中心建设加快。'],
      ['b', '和富士康工业富联深度合作，富士康继续保持第一。建设中兴衡阳科技园。关爱留守儿童。'],
    ]);
    const forms = findNameForms(texts, entities, covered).map((f) => `${f.kind} ${f.form} ${f.entity}`);
    expect(forms).toContain('short 祁东衡缘 hengyuan');
    expect(forms).toContain('compound 富士康工业富联 foxconn');
    expect(forms).toContain('short 中兴 zte');
    // Covered strings and ordinary prose are not proposed.
    expect(forms.some((f) => f.includes('衡缘物流中心') || f.includes('儿童') || f.includes('继续'))).toBe(false);
  });
});
