/**
 * The hand-checked links gold sample (tests/fixtures/links-gold/<doc>.yaml).
 * Each file lists paragraphs of one document, each with its text as it was
 * read (so a change of conversion or paragraph ids is caught, not silently
 * scored against other text) and every name a reader finds in it:
 *
 *   - paragraph: s3-8-p2
 *     drawn: true                 # drawn by draw.ts; or `drawnFor: <kind>`, or `hard: <class>`
 *     text: 以项目建设为重点…
 *     mentions:
 *       - { at: 40, text: 地区生产总值, target: gdp }
 *       - { at: 88, text: 进出口总额, target: none, case: named-subject }
 *
 * `at` is the UTF-16 offset in the paragraph text; `target` is a glossary term
 * or entity id, or `none` for a name that must not be linked; `case` names
 * the class of hard case a mention belongs to.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError, parseYaml, validate } from '../../data/load-yaml.ts';

export const HARD_CASES = [
  'compound-indicator',
  'named-subject',
  'quoted-name',
  'sense-by-context',
  'short-form',
  'designation',
  'part',
] as const;

const mentionSchema = z
  .object({
    at: z.number().int().min(0),
    text: z.string().min(1),
    target: z.string().min(1),
    case: z.enum(HARD_CASES).optional(),
  })
  .strict();

const paragraphSchema = z
  .object({
    paragraph: z.string().min(1),
    drawn: z.literal(true).optional(),
    drawnFor: z.string().min(1).optional(),
    hard: z.enum(HARD_CASES).optional(),
    text: z.string().min(1),
    mentions: z.array(mentionSchema).default([]),
  })
  .strict();

export type GoldMention = z.infer<typeof mentionSchema> & { doc: string; paragraph: string };
export type GoldParagraph = z.infer<typeof paragraphSchema> & { doc: string };

export interface Gold {
  paragraphs: GoldParagraph[];
  mentions: GoldMention[];
}

/** Loads every gold file; stops naming file and line on a mention whose text is not at its offset, or an overlap. */
export function loadGold(dir: string, shownDir = dir): Gold {
  const gold: Gold = { paragraphs: [], mentions: [] };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const doc = name.replace(/\.yaml$/, '');
    const file = join(shownDir, name);
    const { data, lineOf } = parseYaml(readFileSync(join(dir, name), 'utf8'), file);
    const entries = validate(z.array(paragraphSchema), data, file, lineOf);
    entries.forEach((p, i) => {
      let free = 0;
      p.mentions.forEach((m, j) => {
        const at = () => lineOf([i, 'mentions', j]);
        if (p.text.slice(m.at, m.at + m.text.length) !== m.text)
          throw new DataError(file, at(), `paragraph ${p.paragraph}: "${m.text}" is not at offset ${m.at}`);
        if (m.at < free)
          throw new DataError(
            file,
            at(),
            `paragraph ${p.paragraph}: "${m.text}" overlaps the mention before it (mentions go in text order)`,
          );
        free = m.at + m.text.length;
        gold.mentions.push({ ...m, doc, paragraph: p.paragraph });
      });
      gold.paragraphs.push({ ...p, doc });
    });
  }
  return gold;
}
