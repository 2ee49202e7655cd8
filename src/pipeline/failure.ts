/**
 * Any exception inside a stage, as the one sentence the build prints after
 * `Build stopped: <stage>: `. Errors in inputs already say file and line;
 * system errors (a full disk, a folder that cannot be written) are said in
 * words with the path; anything else is a defect of the build, named as such,
 * its stack trace printed only with HY_DEBUG=1.
 */
import { relative } from 'node:path';
import { BuildError, SourceError, clip } from '../core/errors.ts';

const SYSTEM: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  EMFILE: 'too many files are open',
  ENOMEM: 'the machine ran out of memory',
  EEXIST: 'a file of that name is in the way',
  ENOTDIR: 'a file stands where a folder is needed',
  ENOENT: 'there is no such file or folder',
};

/** A system error (a full disk, a missing file) in words, with what was done to which path; undefined for any other error. */
export function systemProblem(error: unknown, root: string): string | undefined {
  const system = error as NodeJS.ErrnoException;
  if (!(system instanceof Error) || typeof system.code !== 'string' || !/^E[A-Z]+$/.test(system.code)) return undefined;
  const where = system.path ? ` (${system.syscall ?? 'writing'} ${relative(root, system.path) || system.path})` : '';
  return `${SYSTEM[system.code] ?? `the system refused with ${system.code}`}${where}`;
}

export function describeFailure(error: unknown, root: string): string {
  if (error instanceof SourceError || error instanceof BuildError) return error.message;
  const problem = systemProblem(error, root);
  if (problem) return `${problem}; fix that and build again, dist/ is unchanged.`;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return `an internal error of the build: ${clip(message, 300)} (HY_DEBUG=1 prints its stack trace); dist/ is unchanged.`;
}
