// Lint with type information: the rules that catch unawaited promises, unsafe `any` and dead code.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Modules under src/ that need Node: those importing a Node built-in, and those importing such a
 * module, found by following the relative imports. The browser code and the Chinese-text kernel may
 * import none of them (no-restricted-imports below), so a page never ships a module that cannot run.
 */
function nodeOnlyModules(root) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.ts$/.test(f.name))
    .map((f) => join(f.parentPath, f.name));
  // Type-only imports are erased before anything runs.
  const imports = new Map(
    files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)(?! type )[^;]*?from '([^']+)'/gms)].map((m) => m[1])]),
  );
  const builtin = (spec) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);
  const nodeOnly = new Set(files.filter((f) => imports.get(f).some(builtin)));
  for (let grew = true; grew;) {
    grew = false;
    for (const f of files) {
      if (nodeOnly.has(f)) continue;
      if (imports.get(f).some((spec) => spec.startsWith('.') && nodeOnly.has(resolve(dirname(f), spec)))) {
        nodeOnly.add(f);
        grew = true;
      }
    }
  }
  return [...nodeOnly].map((f) => relative(import.meta.dirname, f));
}

const NODE_ONLY = nodeOnlyModules(join(import.meta.dirname, 'src'));
const browserSafe = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: builtinModules.map((name) => ({ name, message: 'Runs in the browser: no Node built-ins.' })),
      patterns: [
        { group: ['node:*'], message: 'Runs in the browser: no Node built-ins.' },
        ...NODE_ONLY.map((file) => ({
          group: [`**/${file.replace(/^src\//, '')}`],
          allowTypeImports: true,
          message: `Runs in the browser: ${file} needs Node (it or a module it imports uses a Node built-in).`,
        })),
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.generated/', '.astro/', 'artifacts/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { globals: globals.node, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/client/**/*.ts', 'src/zh/**/*.ts', 'src/review/client.ts'], rules: browserSafe },
  ...astro.configs.recommended,
  { files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
