/** Serves the built dist/ for the browser tests; `npm test` builds it first. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/static-server.ts';

export default async function setup(project: TestProject) {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run the tests with `npm test`, which builds first.');
  const { server, url } = await serveDist(dist);
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
