/**
 * Whether a section looks back (what happened) or ahead (what is intended),
 * and which years it speaks of, from the document's kind, its metadata and
 * its headings — never from the document's file or slug.
 *
 * - A work report opens with a review (its first top-level part) and plans in
 *   the parts after it; an appendix (名词解释, 附件) is neither.
 * - A plan outline plans its period, except the sections on its foundations
 *   (现实基础, 回顾, 成就), which review the previous period.
 * - A write-up on results reviews.
 * - Text before the first heading (salutation, opening) is neither.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';
import { eitherScript } from '../core/script.ts';
import { APPENDIX_LABELS } from '../zh/markers.ts';

export type Stance = 'review' | 'plan' | 'other';

export interface SectionStance {
  stance: Stance;
  period?: { from: number; to: number };
}

const APPENDIX = new RegExp(APPENDIX_LABELS.map(eitherScript).join('|'), 'u');
const FOUNDATIONS = /现实基础|回顾|成就|基础和发展环境/;
const REVIEW_HEADING = /回顾/;

/** A heading that names one year within the period ("（八）…做好2013年的工作") narrows the section to it. */
function narrow(s: SectionStance, path: string[]): SectionStance {
  if (!s.period) return s;
  for (const heading of [...path].reverse()) {
    const years = [...heading.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
    const year = years.length === 1 ? years[0]! : undefined;
    if (year !== undefined && year >= s.period.from && year <= s.period.to) return { ...s, period: { from: year, to: year } };
  }
  return s;
}

/** Headings from the top-level one down to the section's own, e.g. ["第一章 …", "第一节 现实基础和发展环境"]. */
export function classifySection(
  meta: Pick<DocumentMeta, 'kind' | 'reviews' | 'plans'>,
  path: string[],
  topLevelIndex: number,
): SectionStance {
  const s = classifyByStructure(meta, path, topLevelIndex);
  return narrow(s, path);
}

function classifyByStructure(meta: Pick<DocumentMeta, 'kind' | 'reviews' | 'plans'>, path: string[], topLevelIndex: number): SectionStance {
  const review: SectionStance = { stance: 'review', period: meta.reviews };
  const plan: SectionStance = meta.plans ? { stance: 'plan', period: meta.plans } : review;
  if (path.length === 0) return { stance: 'other' };
  if (path.some((h) => APPENDIX.test(h))) return { stance: 'other' };
  switch (meta.kind) {
    case '报告解读':
      return review;
    case '五年规划纲要':
      return path.some((h) => FOUNDATIONS.test(h)) ? review : plan;
    default:
      return topLevelIndex === 0 || REVIEW_HEADING.test(path[0]!) ? review : plan;
  }
}

/** The badge a reader sees: 目标 for a plan, 进展 for an interim review, 成果 for a review of a completed period. */
export function stanceBadge(s: SectionStance): '目标' | '进展' | '成果' | undefined {
  if (s.stance === 'plan') return '目标';
  if (s.stance !== 'review' || !s.period) return undefined;
  const multiYear = s.period.to > s.period.from;
  return multiYear || s.period.to % 5 === 0 ? '成果' : '进展';
}
