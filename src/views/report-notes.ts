/**
 * What a report page's toggletips say, served beside the page as
 * `reports/<slug>/notes.json` rather than inside it: the glossary notes of the
 * terms it marks and the status of the targets its markers point to. The
 * largest page marks about 190 terms and 200 target clauses; carried in the
 * HTML they were a tenth of its gzipped weight, read before its first paint.
 * The script fetches the file when the page is idle or at the first note.
 */
import { href } from '../core/url.ts';
import type { SiteData } from '../data/site-data.ts';
import { badgeClauses } from '../tracker/badges.ts';
import { trackerContext } from './target-views.ts';

export interface TermNote {
  term: string;
  pinyin: string;
  definition: string;
  /** A numbered slogan's members (三大攻坚战: 防范化解重大风险、精准脱贫、污染防治), so the note says what they are, not only how many. */
  members?: string[];
  href: string;
}

export interface TargetNote {
  indicator: string;
  status: string;
  reason: string;
}

export interface ReportNotes {
  terms: Record<string, TermNote>;
  /** By target id, the last segment of a marker's link. */
  targets: Record<string, TargetNote>;
}

export function reportNotes(site: SiteData, slug: string): ReportNotes {
  const termIds = new Set(site.index.mentions.filter((m) => m.doc === slug && m.kind === 'term' && m.marked).map((m) => m.id));
  const terms = Object.fromEntries(
    site.glossary
      .filter((t) => termIds.has(t.id))
      .map((t) => [
        t.id,
        {
          term: t.term,
          pinyin: t.pinyin,
          definition: t.definition,
          ...(t.members?.length ? { members: t.members } : {}),
          href: href(`glossary/${t.id}/`),
        },
      ]),
  );
  // The same clauses, from the same rule, as the annotate stage put the markers at.
  const targets: Record<string, TargetNote> = {};
  for (const c of badgeClauses(site.targets, trackerContext(site)))
    if (c.doc === slug) targets[c.targetId] = { indicator: c.indicator, status: c.status, reason: c.reason };
  return { terms, targets };
}
