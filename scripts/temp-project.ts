/**
 * A throw-away copy of the project with its own content/, for tests that run a
 * real build on inputs of their own (escaping, bad input, a sixth document).
 * node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';

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

/** Every `doc:` value anywhere in a registry entry. */
function docsCited(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(docsCited);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'doc' && typeof v === 'string' ? [v] : docsCited(v)));
}

/** Keeps the items of a YAML list file for which `keep` holds (comments and layout of the rest unchanged). */
function filterList(path: string, keep: (item: unknown) => boolean): void {
  const file = parseDocument(readFileSync(path, 'utf8'));
  if (!isSeq(file.contents)) return;
  const items = file.toJS() as unknown[];
  file.contents.items = file.contents.items.filter((_, i) => keep(items[i]));
  writeFileSync(path, file.toString());
}

/**
 * Cuts the content/ folder under `root` down to one document, the shortest, and the registry
 * entries that cite no other: a whole site in a third of the time, for tests of how a build
 * behaves (faults, failures, literal rendering) rather than of what the five documents show.
 */
export function keepShortestDocument(root: string): void {
  const content = join(root, 'content');
  const sources = join(content, 'sources');
  const records = parseDocument(readFileSync(join(content, 'documents.yaml'), 'utf8')).toJS() as { slug: string; source: string }[];
  const size = (r: { source: string }) => statSync(join(sources, r.source)).size;
  const kept = records.reduce((a, b) => (size(b) < size(a) ? b : a));
  for (const { source } of records) if (source !== kept.source) rmSync(join(sources, source));
  filterList(join(content, 'documents.yaml'), (r) => (r as { slug: string }).slug === kept.slug);
  const sums = readFileSync(join(sources, 'SHA256SUMS'), 'utf8').split('\n');
  writeFileSync(join(sources, 'SHA256SUMS'), `${sums.filter((line) => line.endsWith(`  ${kept.source}`)).join('\n')}\n`);
  for (const folder of ['glossary', 'entities', 'targets']) {
    for (const name of readdirSync(join(content, folder))) {
      filterList(join(content, folder, name), (item) => docsCited(item).every((d) => d === kept.slug));
    }
  }
}

/** A copy of the project with one document (keepShortestDocument). */
export function smallProject(): TempProject {
  const project = tempProject(true);
  keepShortestDocument(project.dir);
  return project;
}
