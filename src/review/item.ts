/**
 * The one shape every proposer's output takes on the review page. Each kind of
 * proposal (a target's later figure, a registry name, a glossary term, and the
 * targets a plan sets once that proposer lands) has an adapter in adapters/
 * that maps its proposer's output to ReviewItems and says how a decision is
 * written into content/; the page, the server and the writer know only this.
 */
import type { Document } from 'yaml';

export type ReviewKind = 'target' | 'figure' | 'entity' | 'glossary';

export interface ReviewField {
  name: string;
  label: string;
  /** As the form shows it; the adapter turns it back into YAML values. */
  value: string;
  /** Choices for a select, when the schema allows only these. */
  options?: readonly string[];
  /** What the field needs, shown under it (where to find it, what the schema wants). */
  hint?: string;
  /** Long text: a textarea. */
  long?: true;
}

export interface ReviewItem {
  kind: ReviewKind;
  /** Stable across restarts while the proposal stands: the page resumes on it. */
  id: string;
  /** One line: what is proposed. */
  title: string;
  /** The proposal's fields, editable before accepting. */
  fields: ReviewField[];
  doc: string;
  docTitle: string;
  /** The paragraph's anchor on its page (#s1-p4). */
  paragraph: string;
  /** The paragraph's text as the page shows it. */
  text: string;
  /** [start, end) offsets into `text` of the figure or name, marked on the page. */
  highlights: [number, number][];
  /** Where an accepted item is written, relative to content/. */
  file: string;
  /** Where a rejection is written, relative to content/. */
  rejectFile: string;
  confidence?: number;
  /** The proposer's reasons. */
  reason?: string;
  /** What the build shows once the item is accepted as proposed (the status the tracker computes, the page that appears). */
  outcome: string;
}

/** One change to one YAML file, made on its Document so comments and order stay. */
export interface YamlEdit {
  /** Relative to content/. */
  file: string;
  apply: (doc: Document) => void;
}

export interface Adapter {
  kind: ReviewKind;
  /** What the page calls this kind (目标, 数据, 名称, 术语). */
  label: string;
  /**
   * The files and folders of content/ (`targets/`, `review/rejected.yaml`) whose contents change what it proposes
   * or shows; a decision that writes none of them leaves its proposals as they were.
   */
  reads: readonly string[];
  items(): ReviewItem[];
  /** The edit that records the item with the reviewer's field values; throws ReviewRefusal when they cannot make an entry. */
  accept(item: ReviewItem, values: Record<string, string>): YamlEdit;
  reject(item: ReviewItem, reason: string): YamlEdit;
  /** What the build will show with these values (the page updates it as fields change). */
  outcome(item: ReviewItem, values: Record<string, string>): string;
}

/** A decision that cannot be written, with the reason the page shows. */
export class ReviewRefusal extends Error {}
