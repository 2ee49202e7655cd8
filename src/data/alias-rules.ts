/**
 * What a registry string may be. A name or alias is matched everywhere in
 * every text, so one that is a single character (衡), has no letter or digit
 * (，, a zero-width space) or is an ordinary word (发展) links hundreds of
 * places that are not the thing. Such a string stops the build naming its file
 * and line, unless its entry lists it under `exceptions` with the reason it is
 * meant. The common words are a reviewed data file,
 * content/entities/common-words.yaml, shared by the glossary and the registry.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { hasFormatCharacters } from '../zh/reading.ts';
import { loadYaml } from './load-yaml.ts';

export const aliasExceptionsSchema = z.array(z.object({ alias: z.string().min(1), reason: z.string().min(1) }).strict()).default([]);

export type AliasExceptions = z.infer<typeof aliasExceptionsSchema>;

export interface CommonWords {
  file: string;
  /** Each word and its line in the file. */
  lines: Map<string, number>;
}

export function loadCommonWords(contentDir: string, root: string): CommonWords {
  const path = join(contentDir, 'entities', 'common-words.yaml');
  const file = path.slice(root.length).replace(/^\//, '');
  const { data, lineOf } = loadYaml(path, z.array(z.string().min(1)), file, root);
  return { file, lines: new Map(data.map((w, i) => [w, lineOf([i])])) };
}

/** Letters (any script) and digits; what is left is punctuation, symbols, spaces and format characters. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Z}\s]/gu;

/** Why `text` may not be a registry string, or undefined when it may. */
export function aliasProblem(text: string, common: CommonWords): string | undefined {
  if (!LETTER_OR_DIGIT.test(text))
    return `"${escapeInvisible(text)}" has no letter or digit (only punctuation, spaces or invisible characters)`;
  if ([...text.replace(INVISIBLE, '')].length === 1)
    return `"${escapeInvisible(text)}" is one character, which occurs inside countless words`;
  const line = common.lines.get(text);
  if (line !== undefined) return `"${text}" is a common word (${common.file}:${line})`;
  return undefined;
}

/** Checks each string of an entry; `at` gives a string's field label and line. Throws via `fail`. */
export function checkAliases(
  strings: readonly { text: string; field: string; line: number }[],
  exceptions: AliasExceptions,
  common: CommonWords,
  fail: (line: number, field: string, message: string) => never,
): void {
  for (const { text, field, line } of strings) {
    const hidden = hiddenCharacter(text);
    if (hidden && LETTER_OR_DIGIT.test(text))
      fail(
        line,
        field,
        `"${escapeInvisible(text)}" holds the invisible character ${hidden}, which page text is matched without (src/zh/reading.ts), so it would never link; remove it`,
      );
    if (exceptions.some((e) => e.alias === text)) continue;
    const problem = aliasProblem(text, common);
    if (problem) fail(line, field, `${problem}; if it is meant, list it under "exceptions" with a reason`);
  }
}

/**
 * A format character (zero-width joiner, right-to-left override … : what the
 * reading of page text leaves out, `hasFormatCharacters` of src/zh/reading.ts)
 * or a control character in a registry string, named by code point.
 */
function hiddenCharacter(text: string): string | undefined {
  const ch = [...text].find((c) => hasFormatCharacters(c) || CONTROL.test(c));
  return ch === undefined ? undefined : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const CONTROL = /\p{Cc}/u;

function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
