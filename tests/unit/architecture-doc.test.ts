/**
 * docs/architecture.md names files, folders, functions and commands in
 * backticks; each must exist, so a move or rename that forgets the page fails
 * here. Paths are read from the project root or from src/ (`client/search/`);
 * a bare file name (`chars.ts`) must be a file of the project; a placeholder
 * (`content/anchors/<slug>.yaml`) needs the folder before it. Folders the build
 * writes (`.generated/`, `dist/` …) are not in a checkout, and the section
 * "What moved where" names old places on purpose.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// "What moved where" names where things were, which is history, not a claim about the code.
const page = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8').replace(/^## What moved where[\s\S]*?(?=^## )/m, '');
const named = [...new Set([...page.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim()))];

/** Every file and folder under the folders code and docs live in, as paths from the root. */
function walk(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? [`${path}/`, ...walk(path)] : [path];
  });
}
const files = ['src', 'scripts', 'tests', 'docs', 'content'].flatMap(walk);
const code = files.filter((f) => /\.(ts|astro|mjs|js)$/.test(f)).map((f) => readFileSync(join(root, f), 'utf8'));
code.push(readFileSync(join(root, 'eslint.config.js'), 'utf8'), readFileSync(join(root, 'astro.config.mjs'), 'utf8'));

/** Written by the build (or by a test run), never committed. */
const GENERATED = /^(\.generated|\.build|dist|artifacts)(\/|$)|^(site\.json|parallels\.(csv|json)|\.json)$/;
const PATH = /^[\w.@[\]-]+(\/[\w.@[\]<>*-]*)*$/;

const isPath = (token: string) => PATH.test(token) && (token.includes('/') || /\.\w+$/.test(token));

function exists(token: string): boolean {
  const [fixed = token] = token.split(/[<*]/);
  const path = fixed === token ? token : fixed.replace(/[^/]*$/, '');
  // A path of more than one segment from the root or from src/; a single file or folder name anywhere.
  if (path.replace(/\/$/, '').includes('/')) return [root, join(root, 'src')].some((base) => existsSync(join(base, path)));
  return files.some((f) => f.endsWith(`/${path}`)) || existsSync(join(root, path));
}

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const paths = named.filter((t) => isPath(t) && !GENERATED.test(t) && !t.startsWith('/'));
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((t) => !exists(t))).toEqual([]);
  });

  it('names only functions and constants the code has', () => {
    const identifiers = named.filter((t) => /^[a-z]+[A-Z]\w*$|^[A-Z][A-Z_]{3,}$/.test(t));
    expect(identifiers.length).toBeGreaterThan(10);
    expect(identifiers.filter((id) => !code.some((text) => new RegExp(`\\b${id}\\b`).test(text)))).toEqual([]);
  });

  it('names only npm scripts package.json has', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts);
    const commands = named.flatMap((t) => /^npm run ([\w:-]+)/.exec(t)?.[1] ?? []);
    const bare = named.filter((t) => /^[a-z]+:[a-z]+$/.test(t));
    expect(commands.length).toBeGreaterThan(3);
    expect([...commands, ...bare].filter((s) => !scripts.includes(s))).toEqual([]);
  });
});
