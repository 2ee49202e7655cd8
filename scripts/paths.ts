/** Where things live; every script resolves paths from the project root. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

export const paths = {
  root,
  content: join(root, 'content'),
  generated: join(root, '.generated'),
  generatedReports: join(root, '.generated', 'reports'),
  dist: join(root, 'dist'),
};
