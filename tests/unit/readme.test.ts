/**
 * The README's first screen is for a reader: a tour with pictures of the site
 * before the commands. Its "Two commands" section says what the test command
 * installs from Debian, the same packages scripts/ensure-chromium.ts installs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBIAN_PACKAGES } from '../../scripts/ensure-chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const [tour = '', rest = ''] = readme.split(/^## Two commands$/m);

describe('README', () => {
  it('opens with a reader’s tour, two or more described pictures that exist, before the commands', () => {
    expect(rest).not.toBe('');
    const pictures = [...tour.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1]!, path: m[2]! }));
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    for (const { alt, path } of pictures) {
      expect(alt.length, path).toBeGreaterThan(20);
      expect(existsSync(join(root, path)), path).toBe(true);
    }
    for (const page of ['/targets/', '/projects/', '/search/', '/data/']) expect(tour).toContain(page);
  });

  it('says what the test command installs from Debian, as the set-up installs it, and how much memory the tests need', () => {
    const commands = rest.split(/^## /m)[0]!;
    expect(commands).toContain(`apt-get install ${DEBIAN_PACKAGES.join(' ')}`);
    expect(commands).toMatch(/root/);
    expect(commands).toMatch(/\d(\.\d)? GB of memory/);
  });
});
