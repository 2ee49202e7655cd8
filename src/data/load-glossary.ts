/** Loads and checks the glossary; fills in pinyin (generated with pinyin-pro unless an override is stored). */
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { shownPath } from '../core/paths.ts';
import { quote } from '../core/errors.ts';
import { DataError, loadYaml } from './load-yaml.ts';
import { type GlossaryTerm, glossarySchema, stoplistSchema } from './glossary-schema.ts';
import { checkAliases, loadCommonWords } from './alias-rules.ts';
import { CLOSING_MARKS } from '../zh/chars.ts';

const SPACE_BEFORE_CLOSING = new RegExp(` +(?=[${CLOSING_MARKS}])`, 'gu');

/** pinyin-pro spaces punctuation like a syllable ("fǔ 、 bù"); a space before closing punctuation would let a line start with it. */
export function termPinyin(term: string, override?: string): string {
  return override ?? pinyin(term, { toneType: 'symbol', nonZh: 'consecutive' }).replace(SPACE_BEFORE_CLOSING, '');
}

function initialOf(pinyinText: string): string {
  const first = pinyinText.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0] ?? '#';
  return /[a-z]/i.test(first) ? first.toUpperCase() : '#';
}

export interface LoadedGlossary {
  terms: GlossaryTerm[];
  stoplist: { candidate: string; reason: string }[];
  /** terms.yaml as shown in messages, and the line of a value in it (path from the term's index). */
  file: string;
  lineOf: (path: PropertyKey[]) => number;
}

export function loadGlossary(contentDir: string, root: string): LoadedGlossary {
  const file = join(contentDir, 'glossary', 'terms.yaml');
  const shown = shownPath(root, file);
  const { data, lineOf } = loadYaml(file, glossarySchema, shown, root);
  const ids = new Map<string, number>();
  // Where each term and variant was first given, so a second claim names the first one's line.
  const strings = new Map<string, { index: number; line: number }>();
  const common = loadCommonWords(contentDir, root);
  data.forEach((t, i) => {
    checkAliases(
      [
        { text: t.term, field: 'term', line: lineOf([i, 'term']) },
        ...t.variants.map((v, j) => ({ text: v, field: 'variants', line: lineOf([i, 'variants', j]) })),
      ],
      t.exceptions,
      common,
      (line, field, message) => {
        throw new DataError(shown, line, `entry ${i + 1} (id "${t.id}"), field "${field}": ${message}`);
      },
    );
    if (ids.has(t.id))
      throw new DataError(
        shown,
        lineOf([i, 'id']),
        `entry ${i + 1} (id "${t.id}"), field "id": duplicate id (also entry ${ids.get(t.id)! + 1})`,
      );
    ids.set(t.id, i);
    for (const [path, s] of [[['term'], t.term] as const, ...t.variants.map((v, j) => [['variants', j], v] as const)]) {
      const line = lineOf([i, ...path]);
      const other = strings.get(s);
      if (other) {
        const clash =
          other.index === i
            ? `is listed twice (also line ${other.line})`
            : `is also claimed by entry ${other.index + 1} (id "${data[other.index]!.id}", line ${other.line})`;
        throw new DataError(shown, line, `entry ${i + 1} (id "${t.id}"), field "${path[0]}": ${quote(s)} ${clash}`);
      }
      strings.set(s, { index: i, line });
    }
  });
  const stopFile = join(contentDir, 'glossary', 'stoplist.yaml');
  const stoplist = loadYaml(stopFile, stoplistSchema, shownPath(root, stopFile), root).data;
  const terms = data.map((t) => {
    const p = termPinyin(t.term, t.pinyin);
    return { ...t, pinyin: p, initial: /^\d/.test(t.term) ? '#' : initialOf(p) };
  });
  return { terms, stoplist, file: shown, lineOf };
}
