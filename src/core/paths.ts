/** Paths as messages show them, and the site's base path in the one form every module uses. */
import { relative } from 'node:path';

/** A path relative to the project root, as an editor opens it (`content/glossary/terms.yaml`). */
export function shownPath(root: string, path: string): string {
  return relative(root, path) || path;
}

/** The base path with exactly one trailing slash: "/" or "/hengyang/". */
export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
