/** content/anchors/<slug>.yaml: the ids a report's page has published (see src/annotation/anchors.ts and docs/anchors.md). */
import { z } from 'zod';
import { SLUG } from './slug.ts';

const anchorId = z.string().regex(SLUG, 'must be an id as the site writes them: lowercase ASCII words joined by hyphens');

/** What the registry remembers of a block's text: enough to find it again, not the text itself. */
export interface Fingerprint {
  /** A heading or a paragraph: an id never passes from one kind to the other. */
  kind: 'h' | 'p';
  /** The first 16 hex digits of the SHA-256 of the block's reading. */
  hash: string;
  /** The reading's first and last characters (the whole reading of a short text); a reading holds no whitespace. */
  head: string;
  tail: string;
}

/**
 * One string per id, `<h|p> <hash> <head> <tail>`: the yaml package parses a
 * flow map per line ten times slower, and every build reads these files.
 */
const FINGERPRINT = /^([hp]) ([0-9a-f]{16}) (\S*) (\S*)$/u;

export const fingerprintSchema = z
  .string()
  .regex(FINGERPRINT, 'must be "<h or p> <16 hex digits> <first characters> <last characters>", as the build writes it')
  .transform((s): Fingerprint => {
    const [, kind, hash, head, tail] = FINGERPRINT.exec(s)!;
    return { kind: kind as Fingerprint['kind'], hash: hash!, head: head!, tail: tail! };
  });

export const formatFingerprint = (f: Fingerprint) => `${f.kind} ${f.hash} ${f.head} ${f.tail}`;

export const anchorsSchema = z.strictObject({
  anchors: z.record(anchorId, fingerprintSchema),
  aliases: z.record(anchorId, anchorId).default({}),
  gone: z.array(anchorId).default([]),
});

export type BlockKind = Fingerprint['kind'];

export interface AnchorRegistry {
  /** Every current id with its text's fingerprint, in document order. */
  anchors: Map<string, Fingerprint>;
  /** Published ids that no longer name a block of their own, each with the current id it leads to. */
  aliases: Map<string, string>;
  /** Published ids of a document that has no blocks left to lead to. */
  gone: string[];
}

export const emptyRegistry = (): AnchorRegistry => ({ anchors: new Map(), aliases: new Map(), gone: [] });
