/** Each document's text, whitespace-normalised and joined, for the candidate tools. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeSource } from '../conversion/decode.ts';
import { splitLines } from '../conversion/reflow.ts';
import { documentsSchema } from '../data/documents-schema.ts';
import { loadYaml } from '../data/load-yaml.ts';

export function sourceTexts(contentDir: string): Map<string, string> {
  const { data } = loadYaml(join(contentDir, 'documents.yaml'), documentsSchema, 'content/documents.yaml', dirname(contentDir));
  return new Map(
    data.map((d) => {
      const file = join(contentDir, 'sources', d.source);
      return [
        d.slug,
        splitLines(decodeSource(readFileSync(file), file).text)
          .map((l) => l.text)
          .join(''),
      ];
    }),
  );
}

export interface Candidate {
  candidate: string;
  count: number;
  docs: string[];
}

/** Counts a set of strings across the documents: occurrences and the documents they occur in. */
export function tally(found: Map<string, Map<string, number>>): Candidate[] {
  return [...found]
    .map(([candidate, perDoc]) => ({ candidate, count: [...perDoc.values()].reduce((a, b) => a + b, 0), docs: [...perDoc.keys()] }))
    .sort((a, b) => b.count - a.count || b.docs.length - a.docs.length || a.candidate.localeCompare(b.candidate, 'zh-CN'));
}
