/**
 * A throw-away copy of the project with its own content/, for tests that run a
 * real build on inputs of their own (escaping, bad input, a sixth document).
 * node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface TempProject {
  dir: string;
  write(path: string, content: string | Uint8Array): void;
  read(path: string): string;
  build(env?: Record<string, string>): { status: number; output: string };
}

/** The environment without what Vitest sets for itself (BASE_URL, MODE, NODE_ENV=test …), which would leak into Astro's build. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const vitestKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|VITE_.*|TEST)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

/** With `withContent`, starts from a copy of the real content/ folder. */
export function tempProject(withContent = false): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'hy-project-'));
  for (const entry of COPIED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  if (withContent) cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  else mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    build(env = {}) {
      const result = spawnSync(process.execPath, [join(dir, 'scripts', 'build.ts')], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...cleanEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
    },
  };
}
