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
import { comparePairsOf, compareView } from '../../src/views/compare-views.ts';
import { reportParallels } from '../../src/views/parallel-views.ts';
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
  /** Compare pages, and the CPU time of the pages' view models (every report's list of parallels, every compare page's rows); up to VIEW_DOCS documents. */
  comparePages: number;
  viewsCpuMs?: number;
}

/** The view models are timed up to this size: at 500 documents they would take most of the bench. */
const VIEW_DOCS = 100;

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function timeParallels(root: string, sizes = PARALLELS_SIZES): ParallelsRun[] {
  progress('parallels: converting and annotating the five documents');
  const site = projectSite(root);
  const byDoc = Map.groupBy(site.index.paragraphs, (p) => p.doc);
  const mentionsOf = Map.groupBy(site.index.mentions, (m) => m.doc);
  return sizes.map((n) => {
    const copies = syntheticCopies(site.documents, n);
    const documents = [...site.documents, ...copies.map((c) => c.copy)];
    const paragraphs: IndexedParagraph[] = [
      ...site.index.paragraphs,
      ...copies.flatMap(({ of, copy }) => (byDoc.get(of.slug) ?? []).map((p) => ({ ...p, doc: copy.slug }))),
    ];
    const synthetic = {
      ...site,
      documents,
      index: {
        paragraphs,
        mentions: [
          ...site.index.mentions,
          ...copies.flatMap(({ of, copy }) => (mentionsOf.get(of.slug) ?? []).map((m) => ({ ...m, doc: copy.slug }))),
        ],
      },
    };
    progress(`parallels: ${n} documents`);
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    const found = siteParallels(synthetic);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const withParallels = new Set(found.flatMap((p) => [`${p.a.doc}#${p.a.id}`, `${p.b.doc}#${p.b.id}`])).size;
    const pairs = comparePairsOf(synthetic);
    let viewsCpuMs: number | undefined;
    if (n <= VIEW_DOCS) {
      progress(`parallels: the pages' view models at ${n} documents`);
      const views = process.cpuUsage();
      for (const d of documents) reportParallels(synthetic, found, d.slug);
      for (const [a, b] of pairs) compareView(synthetic, found, a.slug, b.slug);
      viewsCpuMs = cpuSince(views);
    }
    return {
      docs: n,
      paragraphs: paragraphs.filter((p) => !p.heading).length,
      pairs: found.length,
      withParallels,
      ms,
      cpuMs: (used.user + used.system) / 1000,
      comparePages: pairs.length,
      ...(viewsCpuMs === undefined ? {} : { viewsCpuMs }),
    };
  });
}

export function parallelsTable(runs: ParallelsRun[]): string {
  const rows = runs.map((r) => [
    String(r.docs),
    String(r.paragraphs),
    String(r.withParallels),
    String(r.pairs),
    sec(r.ms),
    sec(r.cpuMs),
    String(r.comparePages),
    r.viewsCpuMs === undefined ? 'not timed' : sec(r.viewsCpuMs),
  ]);
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
      per((r) => r.comparePages),
      a.viewsCpuMs !== undefined && b.viewsCpuMs !== undefined ? per((r) => r.viewsCpuMs!) : '',
    ];
  });
  return table(
    [
      'documents',
      'paragraphs',
      'with parallels',
      'pairs found',
      'detection (wall)',
      'detection (CPU)',
      'compare pages',
      'view models (CPU)',
    ],
    [...rows, ...growth],
  );
}

export const PARALLELS_NOTES =
  'The detector alone (the build’s parallels stage), in process, on the scale section’s synthetic corpora: the five documents and copies of them under new slugs and years. The copies are converted and annotated once, as their sources are byte-identical. ×4.00 per 4× documents is linear; paragraphs with parallels should grow as the paragraphs do (every copy has its original’s parallels and its other copies); the pairs found grow at most as fast, as each paragraph’s candidates are capped. View models: every report’s list of parallels and every compare page’s summary and rows, as the Astro stage computes them (without rendering), timed up to 100 documents.';
