/**
 * `npm run bench -- --parallels-share` says where the parallels work's CPU goes:
 * each build's CPU by stage and peak memory, and each level's added CPU stage by
 * stage, beside the budget's share (the detection with its page output over the
 * build without parallels work).
 */
import { describe, expect, it } from 'vitest';
import type { BuildRun } from '../../scripts/bench/run-build.ts';
import { type ParallelsShare, parallelsShareTable } from '../../scripts/bench/parallels-share.ts';

const run = (cpu: number, stagesCpu: Record<string, number>): BuildRun => ({
  ok: true,
  timedOut: false,
  wallMs: cpu * 2,
  peakRss: 1000 * 1024 * 1024,
  cpuMs: cpu,
  stages: {},
  stagesCpu,
  output: '',
});

describe('the parallels share table', () => {
  it('prints CPU by stage for each build and where each level adds it', () => {
    const share: ParallelsShare = {
      docs: 100,
      runs: [
        { level: 'off', run: run(100_000, { parallels: 0, astro: 30_000, pagefind: 30_000, verify: 10_000 }) },
        { level: 'no-compare', run: run(110_000, { parallels: 3_000, astro: 35_000, pagefind: 30_000, verify: 12_000 }) },
        { level: 'all', run: run(130_000, { parallels: 3_000, astro: 50_000, pagefind: 30_000, verify: 17_000 }) },
      ],
      cpu: { detection: 0.1, comparePages: 0.2, total: 0.3 },
      wall: { detection: 0.1, comparePages: 0.2, total: 0.3 },
    };
    const text = parallelsShareTable(share);
    expect(text).toContain('astro stage CPU');
    expect(text).toContain('1000 MB');
    expect(text).toContain('by stage: parallels 3.0%, astro 5.0%, pagefind 0.0%, verify 2.0%');
    expect(text).toContain('by stage: parallels 0.0%, astro 15.0%, pagefind 0.0%, verify 5.0%');
    expect(text).toContain('10.0% of the CPU time');
  });
});
