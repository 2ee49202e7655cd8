/**
 * The parallels dataset as the parallels stage writes it, outside Astro: one
 * row per pair with both anchors, their links under the base path and the
 * shared words of side a; the count the open-data page shows; the files copied
 * into the built site's data/ after Astro has emptied it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { IndexedParagraph } from '../../src/index/paragraphs.ts';
import { DATASETS, rowSchema } from '../../src/open-data/columns.ts';
import { copyStageData, readStageDataCounts, writeParallelsData } from '../../src/open-data/parallels-data.ts';
import type { Parallel } from '../../src/parallels/detect.ts';

const dir = mkdtempSync(join(tmpdir(), 'hy-parallels-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paragraph = (doc: string, id: string, text: string) => ({ doc, id, text }) as IndexedParagraph;
const paragraphs = [
  paragraph('city-2019', 's1-p1', '坚决打好污染防治攻坚战，持续推进。'),
  paragraph('shigu-2019', 's2-p4', '要坚决打好污染防治攻坚战。'),
];
const pairs: Parallel[] = [
  { a: { doc: 'city-2019', id: 's1-p1' }, b: { doc: 'shigu-2019', id: 's2-p4' }, share: 0.91666, weight: 0.5, runs: [[0, 11, 1, 12]] },
];

describe('the parallels open data, written by the parallels stage', () => {
  const generated = join(dir, '.generated');
  writeParallelsData(generated, '/hengyang/', paragraphs, pairs);

  it('writes each pair once as a documented row, in CSV and JSON alike', () => {
    const dataset = DATASETS.find((d) => d.id === 'parallels')!;
    const json = JSON.parse(readFileSync(join(generated, 'open-data', 'parallels.json'), 'utf8')) as Record<string, unknown>[];
    expect(json).toEqual([
      {
        doc_a: 'city-2019',
        paragraph_a: 's1-p1',
        url_a: '/hengyang/reports/city-2019/#s1-p1',
        doc_b: 'shigu-2019',
        paragraph_b: 's2-p4',
        url_b: '/hengyang/reports/shigu-2019/#s2-p4',
        shared_share: 0.917,
        weighted_share: 0.5,
        shared_runs: 1,
        shared_text_a: '坚决打好污染防治攻坚战',
      },
    ]);
    expect(rowSchema(dataset).safeParse(json[0]).success).toBe(true);
    const csv = parse<Record<string, string>>(readFileSync(join(generated, 'open-data', 'parallels.csv'), 'utf8'), {
      bom: true,
      columns: true,
    });
    expect(csv.map((r) => r.url_b)).toEqual(['/hengyang/reports/shigu-2019/#s2-p4']);
    expect(readStageDataCounts(generated)).toEqual({ parallels: 1 });
  });

  it('goes into the site’s data/ beside the files Astro wrote, without its count', () => {
    const site = join(dir, 'site');
    copyStageData(generated, site);
    expect(readdirSync(join(site, 'data')).sort()).toEqual(['parallels.csv', 'parallels.json']);
  });
});
