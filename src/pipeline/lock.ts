/**
 * One build at a time per checkout: `.build/lock` names the build that holds
 * it (pid, start time, and on Linux the kernel's start tick of that process,
 * so a recycled pid is not mistaken for the build). The file is written under
 * a private name and then hard-linked into place, which succeeds for exactly
 * one build and never shows a half-written lock. A lock whose process is gone
 * (a killed build) is stale and is cleared.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diskFullAfter } from '../core/faults.ts';

export interface LockOwner {
  pid: number;
  /** ISO time the build started. */
  started: string;
  /** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), where there is a /proc. */
  ticks?: string;
}

export class LockHeld extends Error {
  readonly owner: LockOwner;
  constructor(owner: LockOwner) {
    super(
      `another build is running in this checkout (pid ${owner.pid}, started ${readableTime(owner.started)}); let it finish or stop it, then build again.`,
    );
    this.owner = owner;
  }
}

const readableTime = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

function startTicks(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const ticks = startTicks(owner.pid);
  return !(owner.ticks && ticks && ticks !== owner.ticks);
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.started === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

export interface Lock {
  owner: LockOwner;
  /** Stale locks cleared on the way in, for the build to mention. */
  cleared: LockOwner[];
  release(): void;
}

/** Takes the lock in `buildDir` (.build/) or throws LockHeld naming the build that has it. */
export function acquireLock(buildDir: string): Lock {
  mkdirSync(buildDir, { recursive: true });
  const path = join(buildDir, 'lock');
  const ticks = startTicks(process.pid);
  const owner: LockOwner = { pid: process.pid, started: new Date().toISOString(), ...(ticks ? { ticks } : {}) };
  const mine = join(buildDir, `lock.${process.pid}`);
  diskFullAfter('lock', 0)(mine);
  writeFileSync(mine, `${JSON.stringify(owner)}\n`);
  const cleared: LockOwner[] = [];
  try {
    for (;;) {
      try {
        linkSync(mine, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const held = readOwner(path);
      if (held && alive(held)) throw new LockHeld(held);
      // Stale (or unreadable). Move it aside first, so that of two builds clearing
      // it at once only one removes it, and check that what was moved is what was read.
      const aside = join(buildDir, `lock.stale.${process.pid}`);
      try {
        renameSync(path, aside);
      } catch {
        continue;
      }
      const moved = readOwner(aside);
      if (moved && held && moved.pid !== held.pid && alive(moved)) {
        // Another build took the lock in between: put its lock back.
        try {
          linkSync(aside, path);
        } finally {
          rmSync(aside, { force: true });
        }
        throw new LockHeld(moved);
      }
      rmSync(aside, { force: true });
      if (held) cleared.push(held);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  return {
    owner,
    cleared,
    release() {
      if (readOwner(path)?.pid === owner.pid) rmSync(path, { force: true });
    },
  };
}

export const describeOwner = (owner: LockOwner) => `pid ${owner.pid}, started ${readableTime(owner.started)}`;
