/**
 * The search records: one per report paragraph and heading (so a result lands
 * on its paragraph), one per glossary, entity and target page. Each carries
 * the original text for the excerpt and the kind / year / level filters; a
 * term, entity or target page is also indexed under a word for each name it
 * is about and each of their other names (nameToken), so the search page
 * finds the pages about a name it was asked for in one search.
 */
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { type DocumentMeta, documentYear } from '../data/documents-schema.ts';
import type { Entity } from '../data/entity-schema.ts';
import type { GlossaryTerm } from '../data/glossary-schema.ts';
import type { Target } from '../data/target-schema.ts';
import { placeNames, scopeLabel } from '../data/place-schema.ts';
import { assessTarget, datedGoal, reviewedThrough } from '../tracker/status.ts';
import { detectScript, readingFor } from '../core/script.ts';
import { indexText, nameToken } from './tokens.ts';
import { buildDictionary } from './dictionary.ts';
import { KIND_OF_DOCUMENT, PAGE_KINDS } from './kinds.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  /** `names`: what a term, entity or target page is about, joined by "|" (empty for a paragraph). */
  meta: { title: string; section: string; text: string; names: string };
  filters: Record<string, string[]>;
}

const LEVEL: Record<DocumentMeta['level'], string> = { 市: '市', 区: '区', 县: '县' };

function record(
  url: string,
  title: string,
  section: string,
  text: string,
  searchable: string,
  filters: Record<string, string[]>,
  names: string[] = [],
): SearchRecord {
  const content = [indexText(searchable), ...names.map(nameToken)].filter(Boolean).join(' ');
  return { url, content, language: 'zh-cn', meta: { title, section, text, names: names.join('|') }, filters };
}

export interface RecordSources {
  base: string;
  documents: DocumentMeta[];
  paragraphs: IndexedParagraph[];
  glossary: GlossaryTerm[];
  entities: Entity[];
  targets: Target[];
  /** Whether the site has a page at this path (below the base); pages exist only for what sources mention. */
  hasPage: (path: string) => boolean;
}

export function searchRecords({ base, documents, paragraphs, glossary, entities, targets, hasPage }: RecordSources): SearchRecord[] {
  const records: SearchRecord[] = [];
  const { alternatives } = buildDictionary(glossary, entities);
  // A page is about its names and their other names (a target about 地区生产总值 is also about GDP), not about
  // what only leads to it: a slogan member leads to its slogan, but the member's page is not about the slogan.
  const about = (names: string[]) => [
    ...new Set(names.flatMap((n) => [n, ...(alternatives[n] ?? []).filter((a) => alternatives[a]?.includes(n))])),
  ];
  for (const doc of documents) {
    const filters = { kind: [KIND_OF_DOCUMENT[doc.kind]], year: [String(documentYear(doc))], level: [LEVEL[doc.level]] };
    const own = paragraphs.filter((x) => x.doc === doc.slug);
    // Indexed under the reading (Simplified forms, no invisible characters); the excerpt shows the text as written.
    const script = detectScript(own.map((p) => p.text).join(''));
    for (const p of own) {
      const path = p.heading ? p.path.slice(0, -1) : p.path;
      records.push(
        record(
          `${base}reports/${doc.slug}/#${p.id}`,
          doc.display_title,
          path.join(' › '),
          p.text,
          readingFor(p.text, script).text,
          filters,
        ),
      );
    }
  }
  for (const g of glossary.filter((x) => hasPage(`glossary/${x.id}/`))) {
    const names = [g.term, ...g.variants];
    const text = [g.definition, g.members?.length ? `包括：${g.members.join('、')}` : ''].filter(Boolean).join(' ');
    records.push(
      record(
        `${base}glossary/${g.id}/`,
        g.term,
        `术语 · ${g.category}`,
        text,
        [...names, ...(g.members ?? []), g.definition].join(' '),
        { kind: [PAGE_KINDS.term] },
        about(names),
      ),
    );
  }
  for (const e of entities.filter((x) => hasPage(`entities/${x.id}/`))) {
    const names = [e.name, ...e.aliases, ...e.parts];
    records.push(
      record(
        `${base}entities/${e.id}/`,
        e.name,
        `项目与指标 · ${e.kind}`,
        e.description,
        [...names, e.description].join(' '),
        { kind: [PAGE_KINDS.entity] },
        about(names),
      ),
    );
  }
  // A target is at the level of government of the document that sets it.
  const levelOf = new Map(documents.map((d) => [d.slug, LEVEL[d.level]]));
  const context = { reviewedThrough: reviewedThrough(documents), places: placeNames(entities) };
  for (const t of targets.filter((x) => hasPage(`targets/${x.id}/`))) {
    const { status, reason } = assessTarget(t, context);
    const text = `${datedGoal(t)}（${scopeLabel(t, context.places)}）。${status}：${reason}。`;
    const filters = { kind: [PAGE_KINDS.target], year: [String(t.year)], level: [levelOf.get(t.plan.doc)!] };
    records.push(
      record(
        `${base}targets/${t.id}/`,
        t.name,
        `目标跟踪 · ${t.area}`,
        text,
        [t.name, text, t.plan.quote].join(' '),
        filters,
        about([t.name]),
      ),
    );
  }
  return records;
}
