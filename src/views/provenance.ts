/**
 * Where a document came from, as the report's 文件信息 and the sources list on
 * /about/ say it: each recorded fact of its origin (content/documents.yaml),
 * and by name each one that was not recorded, so no page implies an origin
 * nobody wrote down.
 */
import type { DocumentMeta } from '../data/documents-schema.ts';

export interface OriginFact {
  label: string;
  text: string;
  /** The original's address, when the fact is one. */
  href?: string;
}

export interface Provenance {
  known: OriginFact[];
  /** Labels of the facts not recorded, in the order they would be shown. */
  unrecorded: string[];
  /** One sentence for the facts not recorded, or undefined when all were. */
  unrecordedNote: string | undefined;
}

const LABELS = { where: '原件', publisher: '发布者', retrieved: '获取日期' } as const;

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function provenance(origin: DocumentMeta['origin']): Provenance {
  const known: OriginFact[] = [];
  const unrecorded: string[] = [];
  if (origin?.url) known.push({ label: LABELS.where, text: origin.url, href: origin.url });
  if (origin?.file) known.push({ label: origin.url ? '原件文件' : LABELS.where, text: origin.file });
  if (!origin?.url && !origin?.file) unrecorded.push('原件的网址或文件');
  if (origin?.publisher) known.push({ label: LABELS.publisher, text: origin.publisher });
  else unrecorded.push(LABELS.publisher);
  if (origin?.retrieved) known.push({ label: LABELS.retrieved, text: formatDay(origin.retrieved) });
  else unrecorded.push(LABELS.retrieved);
  const unrecordedNote = unrecorded.length
    ? known.length
      ? `未记录${unrecorded.join('、')}。`
      : `未记录本站所据文本的出处（${unrecorded.join('、')}）。`
    : undefined;
  return { known, unrecorded, unrecordedNote };
}
