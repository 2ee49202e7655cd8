/**
 * The build's last stage before publishing: each report's anchor registry is
 * written back where the page publishes ids the file does not hold (a new
 * document, a conversion change, revised text). Ids are chosen the same way
 * from the same files on every machine, so a clone that lacks an uncommitted
 * registry builds the same ids until a later change; the build says which file
 * to commit.
 */
import { readFileSync } from 'node:fs';
import type { Placement } from '../annotation/anchors.ts';
import { anchorsFile, formatAnchors, writeAnchors } from '../data/load-anchors.ts';

export interface SavedAnchors {
  slug: string;
  added: number;
  revised: number;
  retired: number;
}

const readOrEmpty = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

export function saveAnchors(contentDir: string, placements: Map<string, Placement>): SavedAnchors[] {
  const saved: SavedAnchors[] = [];
  for (const [slug, placement] of placements) {
    if (readOrEmpty(anchorsFile(contentDir, slug)) === formatAnchors(slug, placement.registry)) continue;
    writeAnchors(contentDir, slug, placement.registry);
    saved.push({ slug, added: placement.added.length, revised: placement.revised.length, retired: placement.retired.length });
  }
  return saved;
}
