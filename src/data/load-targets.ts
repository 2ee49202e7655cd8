/** Loads every target file and checks ids, see_also references and cited documents. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../core/paths.ts';
import { DataError, loadYaml } from './load-yaml.ts';
import { type Target, targetFileSchema } from './target-schema.ts';

export interface LoadedTargets {
  targets: Target[];
  /** The line of a field of a target in its file, for messages about it. */
  lineOf: (target: Target, path: PropertyKey[]) => number;
}

/** `docs`: the slugs documents.yaml lists, which the targets may cite. */
export function loadTargetFiles(contentDir: string, root: string, docs: Set<string>): LoadedTargets {
  const dir = join(contentDir, 'targets');
  const shown = (name: string) => shownPath(root, join(dir, name));
  const targets: Target[] = [];
  const lineOfTarget = new Map<Target, (path: PropertyKey[]) => number>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const { data, lineOf } = loadYaml(join(dir, name), targetFileSchema, shown(name), root);
    data.forEach((t, i) => {
      const target = { ...t, file: shown(name) };
      targets.push(target);
      lineOfTarget.set(target, (path) => lineOf([i, ...path]));
    });
  }
  const ids = new Map<string, Target>();
  targets.forEach((t) => {
    const fail = (path: PropertyKey[], message: string) => {
      throw new DataError(t.file, lineOfTarget.get(t)!(path), `target "${t.id}", field "${path.join('.')}": ${message}`);
    };
    const other = ids.get(t.id);
    if (other) fail(['id'], `duplicate id (also ${other.file}:${lineOfTarget.get(other)!(['id'])})`);
    ids.set(t.id, t);
    const cited: [PropertyKey[], string | undefined][] = [
      [['plan', 'doc'], t.plan.doc],
      ...t.restated.map((r, i): [PropertyKey[], string] => [['restated', i, 'doc'], r.doc]),
      [['baseline', 'doc'], t.baseline?.doc],
      ...t.observations.map((o, i): [PropertyKey[], string] => [['observations', i, 'doc'], o.doc]),
      ...t.rejected.map((r, i): [PropertyKey[], string] => [['rejected', i, 'doc'], r.doc]),
    ];
    for (const [path, doc] of cited) {
      if (doc && !docs.has(doc)) fail(path, `unknown document "${doc}"`);
    }
  });
  for (const t of targets) {
    for (const id of t.see_also) {
      if (!ids.has(id))
        throw new DataError(t.file, lineOfTarget.get(t)!(['see_also']), `target "${t.id}", field "see_also": unknown target id "${id}"`);
    }
  }
  return { targets, lineOf: (target, path) => lineOfTarget.get(target)!(path) };
}
