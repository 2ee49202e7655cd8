/**
 * One fixture per annotation rule: tests/fixtures/annotation/<case>/input.html
 * (a report fragment with block ids) is annotated with the glossary terms and
 * entities of patterns.json and compared with output.html and mentions.json.
 * Run with UPDATE_FIXTURES=1 to rewrite the outputs, then review the diff.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { type EntityInput, type TermInput, patternsFrom } from '../../../src/annotation/term-patterns.ts';
import type { Mention } from '../../../src/annotation/rehype-annotate.ts';
import { annotateHtml, paragraphTexts } from './annotate-html.ts';
import { expectGolden } from '../../helpers/golden.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'annotation');

/** One mention a line, so a changed mention is a one-line diff. */
function mentionsJson(mentions: Mention[]): string {
  return mentions.length ? `[\n${mentions.map((m) => `  ${JSON.stringify(m)}`).join(',\n')}\n]\n` : '[]\n';
}

describe('annotation fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const dir = join(root, name);
      const input = readFileSync(join(dir, 'input.html'), 'utf8');
      const { glossary = [], entities = [] } = JSON.parse(readFileSync(join(dir, 'patterns.json'), 'utf8')) as {
        glossary?: TermInput[];
        entities?: EntityInput[];
      };
      const { tree, html, mentions } = annotateHtml(input, patternsFrom(glossary, entities));

      // The annotator adds links, never text.
      expect(toString(tree)).toBe(toString(fromHtml(input, { fragment: true })));
      const texts = paragraphTexts(tree);
      for (const m of mentions) expect(texts.get(m.paragraphId)?.slice(m.offset, m.offset + m.text.length), m.paragraphId).toBe(m.text);

      expectGolden(join(dir, 'output.html'), html);
      expectGolden(join(dir, 'mentions.json'), mentionsJson(mentions));
    });
  }
});
