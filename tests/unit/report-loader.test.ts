/**
 * The report collection's loader (src/pipeline/report-loader.ts): each MDX the
 * convert stage wrote becomes an entry of its frontmatter, with no body, since
 * the page's body is the annotate stage's rendering of that same MDX.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { reportLoader } from '../../src/pipeline/report-loader.ts';

const root = mkdtempSync(join(tmpdir(), 'hy-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the loader over `files` in a fresh folder and returns what it stored. */
async function load(files: Record<string, string>): Promise<Map<string, Record<string, unknown>>> {
  const dir = join('reports', String(Math.random()).slice(2));
  mkdirSync(join(root, dir), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, dir, name), text);
  const stored = new Map<string, Record<string, unknown>>([['stale', {}]]);
  const context = {
    store: { clear: () => stored.clear(), set: (entry: { id: string }) => stored.set(entry.id, entry) },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve({ ...data, parsed: true }),
    generateDigest: (text: string) => `digest of ${text.length}`,
  } as unknown as LoaderContext;
  await reportLoader(root, dir).load(context);
  return stored;
}

describe('the report loader', () => {
  it('gives each MDX file an entry of its validated frontmatter, its path and digest, and no body', async () => {
    const mdx = '---\nslug: a\ntitle: 政府工作报告\ndate:\n  exact: "2019-01-08"\n---\n\n## 一、总体要求\n\n正文。\n';
    const stored = await load({ 'a.mdx': mdx, 'b.mdx': '---\nslug: b\n---\n正文。\n', 'notes.txt': '不是报告' });
    expect([...stored.keys()]).toEqual(['a', 'b']);
    const a = stored.get('a')!;
    expect(a['data']).toEqual({ slug: 'a', title: '政府工作报告', date: { exact: '2019-01-08' }, parsed: true });
    expect(a['filePath']).toMatch(/^reports\/\d+\/a\.mdx$/);
    expect(a['digest']).toBe(`digest of ${mdx.length}`);
    expect(a).not.toHaveProperty('body');
    expect(a).not.toHaveProperty('rendered');
  });

  it('stops, naming the file, at an MDX without frontmatter', async () => {
    await expect(load({ 'bare.mdx': '## 一、总体要求\n' })).rejects.toThrow(/reports\/\d+\/bare\.mdx: no frontmatter/);
  });
});
