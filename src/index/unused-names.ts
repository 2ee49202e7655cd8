/** Registry names and aliases that no source mentions: not errors (a name may serve a future report), but worth a look. */
import type { Entity } from '../data/entity-schema.ts';
import type { SiteIndex } from './build-index.ts';

export function unusedNames(index: SiteIndex, entities: Entity[]): string[] {
  const used = new Set(index.mentions.filter((m) => m.kind === 'entity').map((m) => `${m.id}|${m.text}`));
  return entities.flatMap((e) =>
    [e.name, ...e.aliases, ...e.parts].filter((s) => !used.has(`${e.id}|${s}`)).map((s) => `${e.file}: "${s}" (${e.id})`),
  );
}
