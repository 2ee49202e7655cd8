/**
 * One review session over a content folder: the proposals of every adapter,
 * and the decisions, each checked and written at once (so a reload, or a new
 * session, starts from what is on disk: a decided proposal is recorded or
 * rejected there, and its proposer no longer makes it).
 */
import { extractTargets } from '../candidates/extract-targets.ts';
import { sourceTexts } from '../candidates/source-texts.ts';
import { documentParagraphs } from '../candidates/target-paragraphs.ts';
import { loadContent } from '../data/content.ts';
import { entityAdapter } from './adapters/entities.ts';
import { figureAdapter } from './adapters/figures.ts';
import { glossaryAdapter } from './adapters/glossary.ts';
import { targetAdapter } from './adapters/targets.ts';
import type { ReviewContext } from './context.ts';
import { type Adapter, type ReviewItem, ReviewRefusal } from './item.ts';
import { writeChecked } from './write-checked.ts';

/** The adapters, one per proposer; a new proposer is one more line here. */
const ADAPTERS: ((ctx: ReviewContext) => Adapter)[] = [
  figureAdapter,
  entityAdapter,
  glossaryAdapter,
  (ctx) =>
    targetAdapter(ctx, (c) =>
      c.content.documents.documents.flatMap((d) => extractTargets(d, c.paragraphs, { entities: c.content.entities.entities })),
    ),
];

export type Decision = { id: string; action: 'accept'; values: Record<string, string> } | { id: string; action: 'reject'; reason: string };

export interface Decided {
  id: string;
  title: string;
  action: 'accept' | 'reject';
  files: string[];
}

export class ReviewSession {
  readonly contentDir: string;
  readonly root: string;
  private ctx: ReviewContext;
  /** Each adapter with its proposals once asked, in ADAPTERS' order. */
  private adapters: { adapter: Adapter; items?: ReviewItem[] }[];
  /** What this session wrote, newest last, for the page's log. */
  readonly decided: Decided[] = [];

  constructor(contentDir: string, root: string) {
    this.contentDir = contentDir;
    this.root = root;
    const { paragraphs } = documentParagraphs(contentDir, root);
    this.ctx = { contentDir, root, content: loadContent(contentDir, root), paragraphs, texts: sourceTexts(contentDir) };
    this.adapters = ADAPTERS.map((make) => ({ adapter: make(this.ctx) }));
  }

  kinds() {
    return this.adapters.map(({ adapter: a }) => ({ kind: a.kind, label: a.label }));
  }

  items(): ReviewItem[] {
    const decided = new Set(this.decided.map((d) => d.id));
    return this.adapters.flatMap((a) => (a.items ??= a.adapter.items().filter((i) => !decided.has(i.id))));
  }

  private find(id: string): { item: ReviewItem; adapter: Adapter } {
    const item = this.items().find((i) => i.id === id);
    if (!item) throw new ReviewRefusal('This proposal is no longer open (decided already, or the content changed): reload the page.');
    return { item, adapter: this.adapters.find((a) => a.adapter.kind === item.kind)!.adapter };
  }

  outcome(id: string, values: Record<string, string>): string {
    const { item, adapter } = this.find(id);
    return adapter.outcome(item, values);
  }

  /** Writes a decision; throws ReviewRefusal with the reason when it cannot be written. */
  decide(decision: Decision): Decided {
    const { item, adapter } = this.find(decision.id);
    let edit;
    if (decision.action === 'accept') edit = adapter.accept(item, decision.values);
    else {
      if (decision.reason.trim().length < 2)
        throw new ReviewRefusal('Say why it is rejected (at least two characters): the reason stays with the data.');
      edit = adapter.reject(item, decision.reason.trim());
    }
    const { files, content } = writeChecked(this.contentDir, this.ctx.paragraphs, [edit]);
    const done: Decided = { id: item.id, title: item.title, action: decision.action, files };
    this.decided.push(done);
    // The content as the check loaded it with the written files is what is on disk now. Only the adapters that
    // read a written file propose again, when next asked; the others' proposals stand, less the one decided.
    this.ctx = { ...this.ctx, content };
    const touches = (a: Adapter) => files.some((f) => a.reads.some((read) => f.startsWith(read)));
    this.adapters = this.adapters.map((a, i) =>
      touches(a.adapter)
        ? { adapter: ADAPTERS[i]!(this.ctx) }
        : { adapter: a.adapter, ...(a.items && { items: a.items.filter((i) => i.id !== item.id) }) },
    );
    return done;
  }
}
