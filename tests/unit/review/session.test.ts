/**
 * A decision updates only what it changed: the proposals of an adapter that
 * reads none of the files written stay as they were (not proposed again), the
 * others are proposed again from the content as written, and the whole list
 * is what a new session over the same folder lists, after decisions of two kinds.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReviewSession } from '../../../src/review/session.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hy-review-session-'));
const content = join(scratch, 'content');
cpSync(join(process.cwd(), 'content'), content, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const byKind = (session: ReviewSession, kind: string) => session.items().filter((i) => i.kind === kind);

describe('a review decision', () => {
  it('proposes again only from the adapters that read the file it wrote, and lists what a new session lists', () => {
    const session = new ReviewSession(content, scratch);
    const targets = byKind(session, 'target');
    const glossary = byKind(session, 'glossary');
    expect(targets.length).toBeGreaterThan(0);
    expect(glossary.length).toBeGreaterThan(1);

    const rejected = glossary[0]!;
    const { files } = session.decide({ id: rejected.id, action: 'reject', reason: '不是术语。' });
    expect(files).toEqual(['glossary/stoplist.yaml']);

    // The target proposals read no glossary file: the same proposals, not made again.
    const after = byKind(session, 'target');
    expect(after).toHaveLength(targets.length);
    after.forEach((item, i) => expect(item).toBe(targets[i]));
    // The glossary's are made again from the file as written, without the one rejected.
    const glossaryAfter = byKind(session, 'glossary');
    expect(glossaryAfter.filter((i) => glossary.includes(i))).toEqual([]);
    expect(glossaryAfter.map((i) => i.id)).not.toContain(rejected.id);

    // A decision of another kind after it is written from that kind's own proposals.
    const target = after[0]!;
    expect(session.decide({ id: target.id, action: 'reject', reason: '不是目标。' }).files).toEqual(['review/rejected.yaml']);
    expect(byKind(session, 'target').map((i) => i.id)).not.toContain(target.id);

    // Each proposal as a new session makes it, down to what the build would show.
    expect(session.items()).toEqual(new ReviewSession(content, scratch).items());
  }, 300_000);
});
