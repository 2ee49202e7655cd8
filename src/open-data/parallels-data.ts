/**
 * The parallels dataset, `parallels.csv` and `parallels.json`, written by the
 * build's parallels stage as it finds the pairs rather than by an Astro page:
 * on a corpus of near-copies it is by far the largest dataset (some 130 MB at
 * 100 documents), and a page made its rows three times (for the count on
 * /data/, for each file) and held each file whole. Here each row is made once
 * and written in pieces, to `.generated/open-data/`; Astro empties its output
 * folder when it starts, so the astro stage copies the files into the site's
 * `data/` after it (`copyStageData`).
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportPath, siteHref } from '../core/url.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import type { Parallel } from '../parallels/detect.ts';
import { DATASETS, type Dataset, type Row } from './columns.ts';
import { dataLink } from './links.ts';
import { csvPieces, jsonPieces, writePieces } from './serialize.ts';

/** Below `.generated/`: the datasets a build stage wrote, to be copied into the site's `data/`. */
export const STAGE_DATA_DIR = 'open-data';
/** The row counts of those datasets, for the open-data page, which reads nothing else of them. */
export const STAGE_DATA_COUNTS = 'counts.json';

const PARALLELS = DATASETS.find((d) => d.id === 'parallels')!;

/** One row per pair, in the order the detector found them; `base` is the site's base path. */
export function* parallelRows(paragraphs: IndexedParagraph[], parallels: Parallel[], base: string): Generator<Row> {
  const text = new Map(paragraphs.map((p) => [`${p.doc}#${p.id}`, p.text]));
  const url = (doc: string, id: string) => dataLink(siteHref(base, reportPath(doc, id)));
  for (const p of parallels) {
    const a = text.get(`${p.a.doc}#${p.a.id}`) ?? '';
    yield {
      doc_a: p.a.doc,
      paragraph_a: p.a.id,
      url_a: url(p.a.doc, p.a.id),
      doc_b: p.b.doc,
      paragraph_b: p.b.id,
      url_b: url(p.b.doc, p.b.id),
      shared_share: Number(p.share.toFixed(3)),
      weighted_share: Number(p.weight.toFixed(3)),
      shared_runs: p.runs.length,
      shared_text_a: p.runs.map((r) => a.slice(r[0], r[1])).join('|'),
    };
  }
}

function writeDataset(dir: string, dataset: Dataset, rows: () => Iterable<Row>): void {
  writePieces(join(dir, `${dataset.id}.csv`), csvPieces(dataset, rows()));
  writePieces(join(dir, `${dataset.id}.json`), jsonPieces(dataset, rows()));
}

/** Writes the parallels dataset and its count to `.generated/open-data/` (anything else there is left from an older build and removed). */
export function writeParallelsData(generated: string, base: string, paragraphs: IndexedParagraph[], parallels: Parallel[]): void {
  const dir = join(generated, STAGE_DATA_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeDataset(dir, PARALLELS, () => parallelRows(paragraphs, parallels, base));
  writeFileSync(join(dir, STAGE_DATA_COUNTS), JSON.stringify({ [PARALLELS.id]: parallels.length }));
}

/** The row count of each dataset a stage wrote, by dataset id. */
export function readStageDataCounts(generated: string): Partial<Record<Dataset['id'], number>> {
  return JSON.parse(readFileSync(join(generated, STAGE_DATA_DIR, STAGE_DATA_COUNTS), 'utf8')) as Partial<Record<Dataset['id'], number>>;
}

/** Copies the datasets the stages wrote into the built site's `data/` folder. */
export function copyStageData(generated: string, site: string): void {
  const from = join(generated, STAGE_DATA_DIR);
  mkdirSync(join(site, 'data'), { recursive: true });
  for (const name of readdirSync(from)) if (name !== STAGE_DATA_COUNTS) copyFileSync(join(from, name), join(site, 'data', name));
}
