/**
 * The project tracker: named projects from the plans' 专栏 boxes and the
 * reports, each with its latest state read off its timeline and the mention
 * that says so.
 */
import { kindIs } from '../data/entity-kinds.ts';
import { sentenceAround } from '../zh/sentences.ts';
import { type ProjectState, type TimelineEntry, projectState } from '../tracker/project-state.ts';
import { clauseAround } from '../zh/sentences.ts';
import type { Entity } from '../data/entity-schema.ts';
import type { SiteData } from '../data/site-data.ts';
import { type MentionView, docOrder, mentionsOf, viewMention } from './mentions.ts';
import { memo } from './memo.ts';

export interface ProjectView {
  entity: Entity;
  state: ProjectState;
  /** The mention the state rests on, with its sentence. */
  basis: MentionView;
  sentence: { sentence: string; start: number; end: number };
  documents: number;
}

function sentenceOf(v: MentionView) {
  return sentenceAround(v.paragraph.text, v.mention.offset, v.mention.offset + v.mention.text.length);
}

export function projectViews(site: SiteData): ProjectView[] {
  return memo(site, 'projects', () =>
    site.entities
      .filter((e) => kindIs(e.kind, 'project'))
      .map((entity) => ({ entity, views: mentionsOf(site, 'entity', entity.id).map((m) => viewMention(site, m)) }))
      // A project a plan lists in a 专栏 box, or one that two documents name.
      .filter(
        ({ views }) =>
          views.some((v) => v.mention.sectionId.startsWith('box-') && v.badge === '目标') ||
          new Set(views.map((v) => v.doc.slug)).size >= 2,
      )
      .map(({ entity, views }) => {
        const timeline: TimelineEntry[] = views.map((v) => ({
          badge: v.badge,
          clause: clauseAround(v.paragraph.text, v.mention.offset, v.mention.offset + v.mention.text.length).clause,
          sortKey: v.sortKey,
          docOrder: docOrder(site, v.doc.slug),
        }));
        const { state, basis } = projectState(timeline);
        const view = views[basis]!;
        return { entity, state, basis: view, sentence: sentenceOf(view), documents: new Set(views.map((v) => v.doc.slug)).size };
      }),
  );
}
