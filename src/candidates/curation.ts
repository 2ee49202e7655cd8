/**
 * What is left for a person to review before the content is complete: terms
 * and names the texts repeat that no registry covers, figures the targets do
 * not record, reports whose anchor registry is not in content/anchors/ yet.
 * Work to do, not a fault: `npm run curation` prints it as a checklist (the
 * build's summary points there), and no test fails because a new document
 * brought new work.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { coveredStrings } from './covered.ts';
import { findEntityCandidates } from './entity-candidates.ts';
import { findGlossaryCandidates } from './glossary-candidates.ts';
import { sourceTexts } from './source-texts.ts';
import { documentParagraphs } from './target-paragraphs.ts';
import { DEFAULT_THRESHOLD, proposeFigures } from './targets.ts';
import { loadContent } from '../data/content.ts';
import { anchorsFile } from '../data/load-anchors.ts';

export interface CurationItem {
  /** What a person checks. */
  task: string;
  /** What is still open, one line each; none when the item is done. */
  open: string[];
  /** Where to look and what to do. */
  how: string;
}

export function curationChecklist(contentDir: string, root: string): CurationItem[] {
  const texts = sourceTexts(contentDir);
  const covered = coveredStrings(contentDir, root);
  const content = loadContent(contentDir, root);
  const { documents, paragraphs } = documentParagraphs(contentDir, root);
  // What `npm run targets:candidates` lists by default.
  const proposals = proposeFigures({ targets: content.targets.targets, documents, paragraphs, entities: content.entities.entities }).filter(
    (p) => p.confidence >= DEFAULT_THRESHOLD,
  );
  return [
    {
      task: 'glossary: every quoted term or slogan occurring twice is a term or on the stoplist',
      open: findGlossaryCandidates(texts, covered)
        .filter((c) => c.count >= 2)
        .map((c) => `${c.candidate} (${c.count}×: ${c.docs.join(', ')})`),
      how: '`npm run glossary:candidates`; add each to content/glossary/terms.yaml, or to content/glossary/stoplist.yaml with a reason',
    },
    {
      task: 'entities: every name in two or more documents is in the registry or on the stoplist',
      open: findEntityCandidates(texts, covered)
        .filter((c) => c.docs.length >= 2)
        .map((c) => `${c.candidate} (${c.docs.join(', ')})`),
      how: '`npm run entities:candidates`; add each to content/entities/, or to content/entities/stoplist.yaml with a reason',
    },
    {
      task: "targets: every figure the texts report for a target's indicator is recorded or rejected with a reason",
      open: proposals.map((p) => `${p.target_id}: ${p.doc}#${p.paragraph} “${p.quote}”`),
      how: "`npm run targets:candidates`; paste each under its target's `observations`, or list it under `rejected` with a reason",
    },
    {
      task: 'anchors: every report has its anchor registry in content/anchors/',
      open: documents
        .filter((d) => !existsSync(anchorsFile(contentDir, d.slug)))
        .map((d) => relative(root, anchorsFile(contentDir, d.slug))),
      how: '`npm run build` writes it (docs/anchors.md); commit it, so every clone publishes the same ids',
    },
  ];
}
