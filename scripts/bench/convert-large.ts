/**
 * Conversion of one very large source (issue 18: linear conversion): the wrapped
 * plan outline repeated to 10 MB, decoded, reflowed and turned into MDX in
 * process. The budget is 5 s; the size-scaling itself is guarded by
 * tests/unit/conversion-scaling.test.ts, which counts operations, not time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertSource } from '../../src/conversion/convert-source.ts';
import type { DocumentMeta } from '../../src/data/documents-schema.ts';
import type { Budget } from './budgets.ts';
import { sec } from './format.ts';

export const LARGE_SOURCE_BYTES = 10_000_000;
export const LARGE_CONVERT_MS = 5_000;

export interface LargeConversion {
  bytes: number;
  ms: number;
}

export function timeLargeConversion(root: string): LargeConversion {
  const plan = readFileSync(join(root, 'content', 'sources', '003_9e2a2ca4248f083e.txt'));
  const big = Buffer.concat(Array.from({ length: Math.ceil(LARGE_SOURCE_BYTES / plan.length) }, () => plan));
  const meta = { slug: 'large', source: 'large.txt', title: '衡阳市国民经济和社会发展第十三个五年规划纲要' } as DocumentMeta;
  const started = performance.now();
  convertSource(big, meta, 'large.txt');
  return { bytes: big.length, ms: performance.now() - started };
}

export function largeConversionBudget(run: LargeConversion): Budget {
  return {
    name: `a ${(LARGE_SOURCE_BYTES / 1e6).toFixed(0)} MB source converts in <= ${sec(LARGE_CONVERT_MS)}`,
    pass: run.ms <= LARGE_CONVERT_MS,
    detail: `${(run.bytes / 1e6).toFixed(1)} MB in ${sec(run.ms)}`,
  };
}
