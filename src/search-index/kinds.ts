/**
 * The `kind` filter values of the search records, shared by the index
 * (records.ts), the search page's filter boxes and its ranking: a report
 * paragraph's kind names its document's kind; the other three are pages about
 * one name (a term, an entity, a target).
 */
import type { DocumentMeta } from '../data/documents-schema.ts';

export const KIND_OF_DOCUMENT: Record<DocumentMeta['kind'], string> = { 政府工作报告: '报告', 五年规划纲要: '规划', 报告解读: '解读' };

export const PAGE_KINDS = { term: '词条', entity: '项目', target: '目标' } as const;
