/**
 * Inputs are regular files of this project (issue 32). A source, a registry or
 * a file in public/ is read only when it is a regular file inside the project
 * folder: a link is followed while it stays inside; a link out of the project
 * (a contributed `passwd.txt -> /etc/passwd` would be published with a
 * citation), a directory, a FIFO, a device or a socket stops the build with
 * one sentence naming the path and what it is. The kind is read with stat
 * before the file is opened, and checked again on the open descriptor, so
 * /dev/zero is never read and a FIFO is never waited on.
 */
import {
  type Stats,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SourceError } from './errors.ts';

/**
 * The largest source the build reads: 4 MiB, twenty times the longest of the
 * five reports. Conversion and annotation are linear (`npm run bench --
 * --one-line`: about 1.5 s per MB of one paragraph on a quiet machine), so a
 * source at the limit is one document's step of a few seconds, the longest a
 * Ctrl-C waits; a larger one is refused before it is read.
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** What a file system entry that is not a regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a file';
}

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Why `path` is not a regular file inside `root` ("is a link to /dev/zero, a
 * character device outside the project"), or undefined when it is one.
 * A missing path throws as lstat does (ENOENT), for the caller to word.
 */
export function notAProjectFile(root: string, path: string): string | undefined {
  const own = lstatSync(path);
  const link = own.isSymbolicLink();
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return `is a link to ${readlinkSync(path)}, which does not exist`;
  }
  const stats = link ? statSync(real) : own;
  const outside = !inside(realpathSync(root), real);
  if (!outside && stats.isFile()) return undefined;
  const target = link ? `a link to ${outside ? real : relative(realpathSync(root), real)}, ` : '';
  return `is ${target}${kindOf(stats)}${outside ? ' outside the project' : ''}`;
}

export interface ReadOptions {
  /** The path as messages show it (relative to the project root). */
  shown: string;
  /** What the file is to the build, for the sentence: "a source", "a registry file". */
  role: string;
  /** Most bytes it may have; a larger file is refused before it is read. */
  maxBytes?: number;
}

/** The bytes of `path`, a regular file inside `root`; anything else stops with a SourceError naming it and what it is. */
export function readProjectFile(root: string, path: string, { shown, role, maxBytes }: ReadOptions): Buffer {
  const refuse = (what: string) =>
    new SourceError(shown, 1, `${what}; ${role} must be a regular file inside the project (copy it in rather than linking it).`);
  const problem = notAProjectFile(root, path);
  if (problem) throw refuse(problem);
  const fd = openSync(realpathSync(path), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    // Checked again on what was opened: the path may have been swapped since.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw refuse(`is ${kindOf(stats)}`);
    if (maxBytes !== undefined && stats.size > maxBytes)
      throw new SourceError(
        shown,
        1,
        `is ${megabytes(stats.size)}, more than the ${megabytes(maxBytes)} ${role} may have (README, "What a build guarantees"); it was not read.`,
      );
    const bytes = Buffer.alloc(stats.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Every file under `folder` (public/, which Astro copies into the site as it
 * is) must be a regular file inside the project, or a real folder of them;
 * the first that is not stops the build. Checked before Astro runs, since
 * Vite would copy a linked file from anywhere and fail with a stack trace on
 * a linked folder.
 */
export function checkPublishedFolder(root: string, folder: string): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      checkPublishedFolder(root, path);
      continue;
    }
    const problem = notAProjectFile(root, path);
    if (problem)
      throw new SourceError(
        relative(root, path),
        1,
        `${problem}; a file in public/ is published as it is, so it must be a regular file inside the project (copy it in rather than linking it).`,
      );
  }
}
