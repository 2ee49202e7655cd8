/**
 * The anchor registries in content/anchors/: read (validated, with file and
 * line on an error) before a report is rendered, and written back by the build
 * when its pages publish ids the registry does not hold yet. A report with no
 * registry file gets the ids its positions give, as the first build did.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../core/paths.ts';
import { type AnchorRegistry, anchorsSchema, emptyRegistry, formatFingerprint } from './anchors-schema.ts';
import { DataError, loadYaml } from './load-yaml.ts';

export const ANCHORS_DIR = 'anchors';

export const anchorsFile = (contentDir: string, slug: string) => join(contentDir, ANCHORS_DIR, `${slug}.yaml`);

export function loadAnchors(contentDir: string, root: string, slug: string): AnchorRegistry {
  const path = anchorsFile(contentDir, slug);
  if (!existsSync(path)) return emptyRegistry();
  const shown = shownPath(root, path);
  const { data, lineOf } = loadYaml(path, anchorsSchema, shown, root);
  for (const [from, to] of Object.entries(data.aliases)) {
    if (from in data.anchors)
      throw new DataError(shown, lineOf(['aliases', from]), `alias "${from}" is also an anchor of its own; an id names one place.`);
    if (!(to in data.anchors))
      throw new DataError(shown, lineOf(['aliases', from]), `alias "${from}" leads to "${to}", which is not an anchor in this file.`);
  }
  return { anchors: new Map(Object.entries(data.anchors)), aliases: new Map(Object.entries(data.aliases)), gone: data.gone };
}

const str = (s: string) => JSON.stringify(s);

/** One line per id, in the page's order, so a change of ids reads as a small diff. */
export function formatAnchors(slug: string, registry: AnchorRegistry): string {
  const lines = [
    `# The ids reports/${slug}/ has published, written by \`npm run build\` (docs/anchors.md). Commit this file;`,
    '# edit it only to undo a mistake: an id removed here can be given to other text.',
    'anchors:',
    ...[...registry.anchors].map(([id, f]) => `  ${id}: ${str(formatFingerprint(f))}`),
  ];
  if (registry.aliases.size) lines.push('aliases:', ...[...registry.aliases].map(([from, to]) => `  ${from}: ${to}`));
  if (registry.gone.length) lines.push('gone:', ...registry.gone.map((id) => `  - ${id}`));
  return `${lines.join('\n')}\n`;
}

export function writeAnchors(contentDir: string, slug: string, registry: AnchorRegistry): void {
  mkdirSync(join(contentDir, ANCHORS_DIR), { recursive: true });
  writeFileSync(anchorsFile(contentDir, slug), formatAnchors(slug, registry));
}
