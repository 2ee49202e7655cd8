/** The project's copies of the sources are byte-identical to what was received (SHA256SUMS). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('content/sources match SHA256SUMS', () => {
  const sums = readFileSync('content/sources/SHA256SUMS', 'utf8').trim().split('\n');
  expect(sums).toHaveLength(5);
  for (const line of sums) {
    const [hash, name] = line.split(/\s+/);
    expect(createHash('sha256').update(readFileSync(`content/sources/${name}`)).digest('hex'), name).toBe(hash);
  }
});
