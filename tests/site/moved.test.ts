/**
 * A published page that went away (content/moved.yaml: a glossary term merged
 * into its indicator) still answers at its address and leads to the page that
 * took its place, by a meta refresh and by a link, so it works without JS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMoved } from '../../src/data/content.ts';

const root = process.cwd();
const { moved } = loadMoved(join(root, 'content'), root);

describe('moved pages', () => {
  it.each(moved)('$from leads to $to', ({ from, to }) => {
    expect(existsSync(join('dist', to, 'index.html')), `${to} is a page`).toBe(true);
    const html = readFileSync(join('dist', from, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${to}">`);
    expect(html).toMatch(new RegExp(`<a href="/${to}">`));
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('include the glossary terms merged into indicators', () => {
    expect(moved.map((m) => m.from)).toEqual(
      expect.arrayContaining(['glossary/gui-mo-gong-ye/', 'glossary/hu-ji-ren-kou-cheng-zhen-hua-lv/']),
    );
  });
});
