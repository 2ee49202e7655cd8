/** The project's copies of the sources are byte-identical to what was received (SHA256SUMS). */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';

it('content/sources match SHA256SUMS, which lists every source', () => {
  const sums = readFileSync('content/sources/SHA256SUMS', 'utf8').trim().split('\n');
  const listed = sums.map((l) => l.split(/\s+/)[1]).sort();
  expect(listed).toEqual(
    readdirSync('content/sources')
      .filter((f) => f.endsWith('.txt'))
      .sort(),
  );
  expect(listed.length).toBeGreaterThanOrEqual(5);
  for (const line of sums) {
    const [hash, name] = line.split(/\s+/);
    expect(
      createHash('sha256')
        .update(readFileSync(`content/sources/${name}`))
        .digest('hex'),
      name,
    ).toBe(hash);
  }
});
