/**
 * What the pages are made from: the validated content and the site index,
 * written by the build's annotate stage to .generated/site.json and read once
 * by the Astro run. View models (src/views/) are pure functions of it, so they
 * can be tested on any content without a build.
 */
import { readFileSync } from 'node:fs';
import type { SiteIndex } from '../index/build-index.ts';
import type { Content } from './content.ts';
import type { DocumentMeta } from './documents-schema.ts';
import type { Entity } from './entity-schema.ts';
import type { GlossaryTerm } from './glossary-schema.ts';
import type { Target } from './target-schema.ts';
import type { Moved } from './moved-schema.ts';

export interface SiteData {
  /** The site's base path, ending in "/". */
  base: string;
  documents: DocumentMeta[];
  glossary: GlossaryTerm[];
  entities: Entity[];
  targets: Target[];
  /** Pages that went away and where each now leads. */
  moved: Moved[];
  index: SiteIndex;
}

export function siteData(content: Content, index: SiteIndex, base: string): SiteData {
  return {
    base,
    documents: content.documents.documents,
    glossary: content.glossary.terms,
    entities: content.entities.entities,
    targets: content.targets.targets,
    moved: content.moved.moved,
    index,
  };
}

export function readSiteData(path: string): SiteData {
  return JSON.parse(readFileSync(path, 'utf8')) as SiteData;
}
