/**
 * The parallels section of `npm run bench` (`npm run bench -- --parallels` runs
 * it alone): the detector's time on the synthetic corpora of the scale section
 * (scripts/make-synthetic-corpus.ts) at 5, 100 and 500 documents. Those copies
 * are byte-for-byte copies of the five sources, so each is converted and
 * annotated once here and its paragraphs stand for every copy's: near-copies
 * of the real reports, the detector's hardest case (every paragraph has a
 * parallel in every copy of its own and of the reports that reuse it).
 * Timed in process, as the build's parallels stage runs it (`siteParallels`).
 */
import type { IndexedParagraph } from '../../src/index/paragraphs.ts';
import { projectSite } from '../../src/parallels/eval.ts';
import { siteParallels } from '../../src/parallels/site-parallels.ts';
import { syntheticCopies } from '../make-synthetic-corpus.ts';
import { progress, sec, table } from './format.ts';
import { per4x } from './scale.ts';

export const PARALLELS_SIZES = [5, 100, 500];

export interface ParallelsRun {
  docs: number;
  paragraphs: number;
  pairs: number;
  /** Paragraphs with at least one parallel: a detector that found nothing would be fast too. */
  withParallels: number;
  ms: number;
  /** CPU time of the process meanwhile (user and system): on a shared machine, less moved by the load than wall time. */
  cpuMs: number;
}

export function timeParallels(root: string, sizes = PARALLELS_SIZES): ParallelsRun[] {
  progress('parallels: converting and annotating the five documents');
  const site = projectSite(root);
  const byDoc = Map.groupBy(site.index.paragraphs, (p) => p.doc);
  return sizes.map((n) => {
    const copies = syntheticCopies(site.documents, n);
    const documents = [...site.documents, ...copies.map((c) => c.copy)];
    const paragraphs: IndexedParagraph[] = [
      ...site.index.paragraphs,
      ...copies.flatMap(({ of, copy }) => (byDoc.get(of.slug) ?? []).map((p) => ({ ...p, doc: copy.slug }))),
    ];
    progress(`parallels: ${n} documents`);
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    const found = siteParallels(documents, paragraphs);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const withParallels = new Set(found.flatMap((p) => [`${p.a.doc}#${p.a.id}`, `${p.b.doc}#${p.b.id}`])).size;
    return {
      docs: n,
      paragraphs: paragraphs.filter((p) => !p.heading).length,
      pairs: found.length,
      withParallels,
      ms,
      cpuMs: (used.user + used.system) / 1000,
    };
  });
}

export function parallelsTable(runs: ParallelsRun[]): string {
  const rows = runs.map((r) => [String(r.docs), String(r.paragraphs), String(r.withParallels), String(r.pairs), sec(r.ms), sec(r.cpuMs)]);
  const growth = runs.slice(1).map((b, i) => {
    const a = runs[i]!;
    const per = (value: (r: ParallelsRun) => number) =>
      `×${per4x({ docs: a.docs, value: value(a) }, { docs: b.docs, value: value(b) }).toFixed(2)}`;
    return [
      `growth per 4× (${a.docs} → ${b.docs})`,
      per((r) => r.paragraphs),
      per((r) => r.withParallels),
      per((r) => r.pairs),
      per((r) => r.ms),
      per((r) => r.cpuMs),
    ];
  });
  return table(['documents', 'paragraphs', 'with parallels', 'pairs found', 'detection (wall)', 'detection (CPU)'], [...rows, ...growth]);
}

export const PARALLELS_NOTES =
  'The detector alone (the build’s parallels stage), in process, on the scale section’s synthetic corpora: the five documents and copies of them under new slugs and years. The copies are converted and annotated once, as their sources are byte-identical. ×4.00 per 4× documents is linear; paragraphs with parallels should grow as the paragraphs do (every copy has its original’s parallels and its other copies); the pairs found grow at most as fast, as each paragraph’s candidates are capped.';
