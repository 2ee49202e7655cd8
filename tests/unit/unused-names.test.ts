/** The build's note on registry names no source links: a name the sources hold only inside longer names is not "never occurs". */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertAll } from '../../src/conversion/convert-all.ts';
import { loadContent } from '../../src/data/content.ts';
import { checkContent } from '../../src/pipeline/check-content.ts';
import { projectRoot } from '../helpers/content.ts';

describe('unused entity names', () => {
  it('lists GDP, which the sources hold only inside longer names, apart from names no source contains', { timeout: 120_000 }, () => {
    const contentDir = join(projectRoot, 'content');
    const outDir = mkdtempSync(join(tmpdir(), 'hy-unused-'));
    try {
      const content = loadContent(contentDir, projectRoot);
      const { unused } = checkContent(convertAll({ contentDir, outDir, root: projectRoot }, content.documents), content, '/');
      const gdp = unused.unlinked.find((u) => u.includes('"GDP"'));
      expect(gdp).toMatch(/: [1-9]\d*×$/);
      expect(unused.absent.some((u) => u.includes('"GDP"'))).toBe(false);
      expect(unused.absent.length).toBeGreaterThan(0);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
