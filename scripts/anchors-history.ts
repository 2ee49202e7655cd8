/**
 * `npm run anchors:history -- <git revision>`: the ids the site published at
 * an earlier revision, added to content/anchors/ as aliases where they now
 * name nothing (src/annotation/anchors.ts, `addHistory`). That revision's own
 * converter converts that revision's sources, in a temporary copy; its pages'
 * ids are the positions its blocks had (before registries, every id was).
 * Run it after a build has written the registries; commit what it changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addHistory } from '../src/annotation/anchors.ts';
import { mdxToHast } from '../src/annotation/report-pipeline.ts';
import { rehypeBlockIds } from '../src/annotation/rehype-block-ids.ts';
import { loadDocuments } from '../src/data/content.ts';
import { anchorsFile, loadAnchors, writeAnchors } from '../src/data/load-anchors.ts';
import { paths } from './paths.ts';

const rev = process.argv[2];
if (!rev) {
  console.error('usage: npm run anchors:history -- <git revision>');
  process.exit(2);
}
const copy = mkdtempSync(join(tmpdir(), 'hy-anchors-history-'));
try {
  const archive = spawnSync('git', ['archive', '--format=tar', rev], { cwd: paths.root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${rev}: ${archive.stderr.toString().trim()}`);
  spawnSync('tar', ['-x', '-C', copy], { input: archive.stdout });
  symlinkSync(join(paths.root, 'node_modules'), join(copy, 'node_modules'));
  const converted = spawnSync(process.execPath, [join(copy, 'scripts', 'convert.ts')], { cwd: copy, encoding: 'utf8' });
  if (converted.status !== 0) throw new Error(`${rev}'s converter failed: ${converted.stderr.trim()}`);
  for (const { slug } of loadDocuments(paths.content, paths.root).documents) {
    const mdx = join(copy, '.generated', 'reports', `${slug}.mdx`);
    if (!existsSync(mdx) || !existsSync(anchorsFile(paths.content, slug))) continue;
    const { anchors } = mdxToHast(readFileSync(mdx, 'utf8'), [rehypeBlockIds]).file.data;
    const then = anchors!.registry.anchors;
    const history = addHistory(loadAnchors(paths.content, paths.root, slug), then);
    if (history.aliased.length) writeAnchors(paths.content, slug, history.registry);
    console.log(
      `${slug}: ${then.size} ids at ${rev}; ${history.aliased.length} added as aliases${history.aliased.map(([a, b]) => ` ${a}→${b}`).join(',')}; ${history.conflicts.length} now name other text (kept)${history.conflicts.length ? `: ${history.conflicts.join(', ')}` : ''}; ${history.lost.length} with no current text${history.lost.length ? `: ${history.lost.join(', ')}` : ''}`,
    );
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
