/**
 * Registry names and aliases that no source links: not errors (a name may serve a future report), but worth a look.
 * A name that no source contains is told apart from one the sources contain only where the linker leaves it
 * (inside a longer name, or ruled out by its context): "GDP" inside "人均GDP" is not a missing name.
 */
import type { Entity } from '../data/entity-schema.ts';
import type { SiteIndex } from './build-index.ts';

export interface UnusedNames {
  /** Names no source contains. */
  absent: string[];
  /** Names the sources contain only where they are not linked, with how often. */
  unlinked: string[];
}

/** `texts`: the sources' paragraphs and headings as matching reads them (Simplified, without format characters). */
export function unusedNames(index: SiteIndex, entities: Entity[], texts: string[]): UnusedNames {
  const used = new Set(index.mentions.filter((m) => m.kind === 'entity').map((m) => `${m.id}|${m.text}`));
  const result: UnusedNames = { absent: [], unlinked: [] };
  for (const e of entities)
    for (const name of [e.name, ...e.aliases, ...e.parts]) {
      if (used.has(`${e.id}|${name}`)) continue;
      const times = texts.reduce((n, t) => n + t.split(name).length - 1, 0);
      const line = `${e.file}: "${name}" (${e.id})`;
      if (times) result.unlinked.push(`${line}: ${times}×`);
      else result.absent.push(line);
    }
  return result;
}
