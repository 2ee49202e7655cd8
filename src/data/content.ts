/**
 * Everything in content/ except the source texts, loaded and validated once per
 * build: the document listing, the glossary, the entity registry, the target
 * files and the anchor registries. The build, the candidates tools and the bad-input corpus all start
 * here, so each file is parsed once and checked the same way everywhere.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../core/paths.ts';
import { type DocumentMeta, documentsSchema } from './documents-schema.ts';
import type { AnchorRegistry } from './anchors-schema.ts';
import { loadAnchors } from './load-anchors.ts';
import { type LoadedEntities, loadEntities } from './load-entities.ts';
import { type LoadedGlossary, loadGlossary } from './load-glossary.ts';
import { type LoadedTargets, loadTargetFiles } from './load-targets.ts';
import { loadYaml } from './load-yaml.ts';
import { type Moved, movedSchema } from './moved-schema.ts';
import { checkMoved, checkPlaces } from './check-places.ts';

export interface LoadedDocuments {
  documents: DocumentMeta[];
  /** documents.yaml as shown in messages, and the line of a value in it. */
  file: string;
  lineOf: (path: PropertyKey[]) => number;
}

export interface LoadedMoved {
  moved: Moved[];
  file: string;
  lineOf: (path: PropertyKey[]) => number;
}

export interface Content {
  documents: LoadedDocuments;
  glossary: LoadedGlossary;
  entities: LoadedEntities;
  targets: LoadedTargets;
  /** Each document's anchor registry by slug (content/anchors/). */
  anchors: Map<string, AnchorRegistry>;
  moved: LoadedMoved;
}

export function loadDocuments(contentDir: string, root: string): LoadedDocuments {
  const path = join(contentDir, 'documents.yaml');
  const file = shownPath(root, path);
  const { data, lineOf } = loadYaml(path, documentsSchema, file, root);
  return { documents: data, file, lineOf };
}

/** content/moved.yaml, optional: a project that never moved a page has none. */
export function loadMoved(contentDir: string, root: string): LoadedMoved {
  const path = join(contentDir, 'moved.yaml');
  const file = shownPath(root, path);
  if (!existsSync(path)) return { moved: [], file, lineOf: () => 1 };
  const { data, lineOf } = loadYaml(path, movedSchema, file, root);
  return { moved: data, file, lineOf };
}

/**
 * Registries first, then targets (which need the document slugs), then the
 * places and indicators they refer to: the first bad file stops the build, naming its line.
 */
export function loadContent(contentDir: string, root: string, documents = loadDocuments(contentDir, root)): Content {
  const glossary = loadGlossary(contentDir, root);
  const entities = loadEntities(contentDir, root);
  const targets = loadTargetFiles(contentDir, root, new Set(documents.documents.map((d) => d.slug)));
  const anchors = new Map(documents.documents.map((d) => [d.slug, loadAnchors(contentDir, root, d.slug)]));
  const moved = loadMoved(contentDir, root);
  checkPlaces(documents, entities, targets);
  checkMoved(moved, glossary, entities);
  return { documents, glossary, entities, targets, anchors, moved };
}
