/**
 * Loads every registry file in content/entities (except stoplist.yaml) and
 * checks the registry as a whole: ids unique across files, no name or alias
 * claimed twice, related ids known, each guard containing a name or alias.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../core/paths.ts';
import { quote } from '../core/errors.ts';
import { DataError, loadYaml } from './load-yaml.ts';
import { stoplistSchema } from './glossary-schema.ts';
import { type Entity, entityFileSchema } from './entity-schema.ts';
import { checkAliases, loadCommonWords } from './alias-rules.ts';

export interface LoadedEntities {
  entities: Entity[];
  stoplist: { candidate: string; reason: string }[];
  /** The line of a field of an entity in its file, for messages about it. */
  lineOf: (entity: Entity, path: PropertyKey[]) => number;
}

/** Files in content/entities that are not registry files. */
const NOT_REGISTRY = new Set(['stoplist.yaml', 'common-words.yaml']);

export function loadEntities(contentDir: string, root: string): LoadedEntities {
  const dir = join(contentDir, 'entities');
  const shown = (name: string) => shownPath(root, join(dir, name));
  const entities: Entity[] = [];
  const where = new Map<string, { file: string; line: number; index: number }>();
  const lines = new Map<Entity, (path: PropertyKey[]) => number>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !NOT_REGISTRY.has(f))
    .sort()) {
    const { data, lineOf } = loadYaml(join(dir, name), entityFileSchema, shown(name), root);
    data.forEach((e, index) => {
      const entity = { ...e, file: shown(name) };
      const seen = where.get(e.id);
      if (seen)
        throw new DataError(
          entity.file,
          lineOf([index, 'id']),
          `entry ${index + 1} (id "${e.id}"), field "id": duplicate id (also ${seen.file}:${seen.line})`,
        );
      where.set(e.id, { file: entity.file, line: lineOf([index, 'id']), index });
      entities.push(entity);
      lines.set(entity, (path) => lineOf([index, ...path]));
    });
  }
  // Where each name and alias was first given. A string listed twice by the same entity is an error too:
  // the matcher takes one pattern per string, and without this check it would stop with no file or line.
  const claimed = new Map<string, { entity: Entity; line: number }>();
  const common = loadCommonWords(contentDir, root);
  for (const e of entities) {
    const label = (field: string) => `entry ${where.get(e.id)!.index + 1} (id "${e.id}"), field "${field}"`;
    const names = [
      [['name'], e.name] as const,
      ...e.aliases.map((a, k) => [['aliases', k], a] as const),
      ...e.parts.map((a, k) => [['parts', k], a] as const),
    ];
    checkAliases(
      names.map(([path, text]) => ({ text, field: path[0], line: lines.get(e)!([...path]) })),
      e.exceptions,
      common,
      (line, field, message) => {
        throw new DataError(e.file, line, `${label(field)}: ${message}`);
      },
    );
    for (const [path, s] of names) {
      const line = lines.get(e)!([...path]);
      const other = claimed.get(s);
      if (other) {
        const clash =
          other.entity === e
            ? `is listed twice (also line ${other.line})`
            : `is also claimed by "${other.entity.id}" (${other.entity.file}:${other.line})`;
        throw new DataError(e.file, line, `${label(path[0])}: ${quote(s)} ${clash}`);
      }
      claimed.set(s, { entity: e, line });
    }
    for (const r of e.related) {
      if (!where.has(r)) throw new DataError(e.file, lines.get(e)!(['related']), `${label('related')}: unknown entity id "${r}"`);
    }
    for (const s of e.senses) {
      if (!where.has(s.entity))
        throw new DataError(e.file, lines.get(e)!(['senses']), `${label('senses')}: unknown entity id "${s.entity}"`);
      for (const f of s.forms)
        if (![e.name, ...e.aliases].includes(f))
          throw new DataError(e.file, lines.get(e)!(['senses']), `${label('senses')}: form "${f}" is not one of the entity's names`);
    }
    for (const g of e.guards) {
      if (![e.name, ...e.aliases, ...e.parts].some((s) => g.includes(s)))
        throw new DataError(e.file, lines.get(e)!(['guards']), `${label('guards')}: guard ${quote(g)} contains none of the entity's names`);
    }
  }
  const stoplist = loadYaml(join(dir, 'stoplist.yaml'), stoplistSchema, shown('stoplist.yaml'), root).data;
  return { entities, stoplist, lineOf: (entity, path) => lines.get(entity)!(path) };
}
