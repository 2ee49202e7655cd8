/**
 * Expected-output files of fixture tests. A missing expected file fails: a
 * fixture committed without its output must not pass. `UPDATE_FIXTURES=1`
 * (or `npm test -- --update-fixtures`) writes them; review the diff after.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';

export const updating = () => Boolean(process.env.UPDATE_FIXTURES);

export function expectGolden(path: string, actual: string): void {
  if (updating()) writeFileSync(path, actual);
  if (!existsSync(path))
    throw new Error(
      `${relative(process.cwd(), path)} is missing: run UPDATE_FIXTURES=1 npx vitest run <this test> to write it, then review it.`,
    );
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
