/** The parallels stage's output for the Astro run, below `.generated/`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Parallel } from './detect.ts';

export const PARALLELS_FILE = 'parallels.json';

export function writeParallels(generated: string, parallels: Parallel[]): void {
  writeFileSync(join(generated, PARALLELS_FILE), JSON.stringify(parallels));
}

export function readParallels(generated: string): Parallel[] {
  return JSON.parse(readFileSync(join(generated, PARALLELS_FILE), 'utf8')) as Parallel[];
}
