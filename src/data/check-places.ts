/**
 * The references content makes to places and indicators, checked against the
 * registry once loaded: a document's, target's or figure's `place` must be an
 * entity of a place kind (行政区) as must an entity's, a target's `indicator` must be an indicator entity, and a moved
 * page must no longer exist. Each error names file and line.
 */
import { kindIs } from './entity-kinds.ts';
import type { LoadedEntities } from './load-entities.ts';
import type { LoadedTargets } from './load-targets.ts';
import { DataError } from './load-yaml.ts';
import type { PlaceRef } from './place-schema.ts';
import type { LoadedDocuments, LoadedMoved } from './content.ts';
import type { LoadedGlossary } from './load-glossary.ts';

export function checkPlaces(documents: LoadedDocuments, entities: LoadedEntities, targets: LoadedTargets): void {
  const kindOf = new Map(entities.entities.map((e) => [e.id, e.kind]));
  const places = [...kindOf].filter(([, k]) => kindIs(k, 'place')).map(([id]) => id);
  /** Why a place reference is wrong, or undefined. */
  const wrong = (ref: PlaceRef): string | undefined => {
    if (typeof ref !== 'string' || places.includes(ref)) return undefined;
    const kind = kindOf.get(ref);
    return kind
      ? `"${ref}" is an entity of kind ${kind}, not a place`
      : `"${ref}" is not a place in content/entities/ (a place outside the registry is written {outside: <name>})`;
  };
  documents.documents.forEach((d, i) => {
    const why = wrong(d.place);
    if (why)
      throw new DataError(documents.file, documents.lineOf([i, 'place']), `entry ${i + 1} (slug "${d.slug}"), field "place": ${why}`);
  });
  for (const e of entities.entities) {
    const label = `entity "${e.id}", field "place"`;
    const why = wrong(e.place);
    if (why) throw new DataError(e.file, entities.lineOf(e, ['place']), `${label}: ${why}`);
  }
  for (const t of targets.targets) {
    const fail = (path: PropertyKey[], message: string) => {
      throw new DataError(t.file, targets.lineOf(t, path), `target "${t.id}", field "${path.join('.')}": ${message}`);
    };
    const own = wrong(t.place);
    if (own) fail(['place'], own);
    t.observations.forEach((o, i) => {
      const why = wrong(o.place);
      if (why) fail(['observations', i, 'place'], why);
    });
    if (t.indicator !== undefined && !kindIs(kindOf.get(t.indicator) ?? '', 'indicator'))
      fail(['indicator'], `"${t.indicator}" is not an indicator in content/entities/`);
  }
}

/** A moved page must be gone: a term or entity that still has the id would be hidden behind the redirect. */
export function checkMoved(moved: LoadedMoved, glossary: LoadedGlossary, entities: LoadedEntities): void {
  const live = new Set([...glossary.terms.map((t) => `glossary/${t.id}/`), ...entities.entities.map((e) => `entities/${e.id}/`)]);
  moved.moved.forEach((m, i) => {
    if (live.has(m.from))
      throw new DataError(moved.file, moved.lineOf([i, 'from']), `entry ${i + 1}, field "from": "${m.from}" is still a page`);
  });
}
