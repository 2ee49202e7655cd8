/** The files of a built site, and a digest of each, for tests that compare two builds byte for byte. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Path → SHA-256 of every file under `dir`. */
export function digest(dir: string): Record<string, string> {
  return Object.fromEntries(files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}
