/**
 * `npm run curation`: what a new document leaves for a person to review is a
 * checklist item, not a failing test. Two new documents that repeat a quoted
 * slogan and share a name no registry holds, and have no anchor registry yet,
 * open the glossary, entity and anchor items.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { curationChecklist } from '../../src/candidates/curation.ts';
import { projectRoot } from '../helpers/content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hy-curation-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function withNewDocuments(): string {
  const dir = join(scratch, 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  const listing = parse(readFileSync(join(dir, 'documents.yaml'), 'utf8')) as Record<string, unknown>[];
  const template = listing.find((d) => d.slug === 'shigu-report-2019')!;
  for (const n of [1, 2]) {
    const title = `示例县政府工作报告${n}`;
    writeFileSync(
      join(dir, 'sources', `new-${n}.txt`),
      `${title}\n\n一、工作回顾\n\n实施“雁城新风行动”，建成雁峰湖科技产业园。\n\n二、工作安排\n\n深化“雁城新风行动”，扩建雁峰湖科技产业园。\n`,
    );
    listing.push({ ...template, slug: `new-report-${n}`, source: `new-${n}.txt`, title, display_title: title });
  }
  writeFileSync(join(dir, 'documents.yaml'), stringify(listing));
  return dir;
}

describe('the curation checklist', () => {
  it('lists what new documents bring: a repeated quoted term, a name in two documents, their missing anchor registries', () => {
    const dir = withNewDocuments();
    const items = curationChecklist(dir, scratch);
    const open = (task: string) => items.find((i) => i.task.startsWith(task))!.open;
    expect(open('glossary').join('\n')).toContain('雁城新风行动');
    expect(open('entities').join('\n')).toContain('雁峰湖科技产业园');
    expect(open('anchors')).toEqual(['content/anchors/new-report-1.yaml', 'content/anchors/new-report-2.yaml']);
    for (const item of items) expect(item.how).toMatch(/npm run/);
  });
});
