/**
 * Inputs are regular files of the project (src/core/project-file.ts): beside
 * the bad-input corpus, which holds the refusals, a link that stays inside the
 * project is followed, and the build log never prints a control character raw.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/core/errors.ts';
import { notAProjectFile, readProjectFile } from '../../src/core/project-file.ts';

const root = mkdtempSync(join(tmpdir(), 'hy-project-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content', 'sources'), { recursive: true });
writeFileSync(join(root, 'shared.txt'), '衡阳');
symlinkSync('../../shared.txt', join(root, 'content', 'sources', 'inside.txt'));

describe('project files', () => {
  it('follows a link that stays inside the project', () => {
    const path = join(root, 'content', 'sources', 'inside.txt');
    expect(notAProjectFile(root, path)).toBeUndefined();
    expect(readProjectFile(root, path, { shown: 'content/sources/inside.txt', role: 'a source' }).toString()).toBe('衡阳');
  });

  it('refuses a file over the size limit before reading it', () => {
    const path = join(root, 'content', 'sources', 'big.txt');
    writeFileSync(path, 'x'.repeat(2000));
    expect(() => readProjectFile(root, path, { shown: 'content/sources/big.txt', role: 'a source', maxBytes: 1024 })).toThrow(
      /^content\/sources\/big\.txt:1: is 0\.0 MiB, more than the 0\.0 MiB a source may have/,
    );
  });
});

describe('the build log', () => {
  it('shows control and bidirectional-override characters as code points, never raw', () => {
    expect(printable('a\u001b[31mb\u0007c\u007fd\u202ee\tf\ng')).toBe('a<U+001B>[31mb<U+0007>c<U+007F>d<U+202E>e\tf\ng');
  });
});
