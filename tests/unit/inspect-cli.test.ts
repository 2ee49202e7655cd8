/**
 * `npm run inspect` on a file it cannot read: one sentence naming the file, never a stack trace,
 * and a FIFO or device is never read (it would hang or never end).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'hy-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inspect = (file: string) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'inspect.ts'), file], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

it.each([
  ['a missing file', () => 'missing.txt', /^missing\.txt: there is no such file or folder \(lstat missing\.txt\)\.$/],
  ['a folder', () => dir, /^\/.+:1: is a directory; /],
  [
    'a FIFO',
    () => {
      spawnSync('mkfifo', [join(dir, 'pipe')]);
      return join(dir, 'pipe');
    },
    /^\/.+pipe:1: is a FIFO \(named pipe\); /,
  ],
  ['a device', () => '/dev/zero', /^\/dev\/zero:1: is a character device; /],
])('says in one sentence that it cannot inspect %s', (_, make, sentence) => {
  const { status, stdout, stderr } = inspect(make());
  expect(status).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
  expect(stderr.trim()).toMatch(sentence);
});
