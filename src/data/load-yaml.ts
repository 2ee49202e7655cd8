/**
 * Reads a YAML data file and validates it with a zod schema. Every error names
 * the file and line, the entry (by its id or slug) and the field, e.g.
 *   content/documents.yaml:14: entry 2 (slug "city-report-2019"), field "level": …
 */
import { LineCounter, isNode, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { SourceError, clip, quote } from '../core/errors.ts';
import { readProjectFile } from '../core/project-file.ts';

export class DataError extends SourceError {}

/**
 * Most values one alias (`*name`) may expand to. Nested anchors grow
 * exponentially (nine aliases of nine aliases of …), so a small file could
 * otherwise fill the memory; our data files need no aliases at all.
 */
export const MAX_ALIAS_COUNT = 100;

/** The line of the deepest node a path reaches: a field's value, or the entry a missing field belongs to. */
function lineOfPath(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

function entryLabel(data: unknown, index: PropertyKey | undefined): string {
  if (typeof index !== 'number' || !Array.isArray(data)) return '';
  const entry = data[index] as Record<string, unknown> | undefined;
  const name = entry && (entry.id ?? entry.slug ?? entry.term ?? entry.candidate);
  return `entry ${index + 1}${typeof name === 'string' ? ` (${entry?.id ? 'id' : entry?.slug ? 'slug' : entry?.term ? 'term' : 'candidate'} "${name}")` : ''}`;
}

export interface LoadedYaml<T> {
  data: T;
  /** The line of a value in the file, for messages about it. */
  lineOf: (path: PropertyKey[]) => number;
}

/** Parses YAML text, stopping with file:line on a syntax error. */
export function parseYaml(text: string, file: string): { data: unknown; lineOf: (path: PropertyKey[]) => number } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line ?? counter.linePos(err.pos[0]).line;
    throw new DataError(file, line, `is not valid YAML: ${clip(err.message.split('\n')[0]!, 300)}`);
  }
  // The parser accepts an alias to an anchor that is never set (a value such as
  // `*号`); only toJS() fails on it, with no position, so find the alias's line.
  let unresolved: YamlNode | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc)) return undefined;
      unresolved = alias;
      return visit.BREAK;
    },
  });
  if (unresolved?.range) {
    throw new DataError(
      file,
      counter.linePos(unresolved.range[0]).line,
      `is not valid YAML: ${quote(unresolved.toString())} reads as an alias to an anchor that is not set; quote the value.`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package refuses an alias that expands past the limit (nested anchors, a "billion laughs"), without a position.
    if (!(error instanceof ReferenceError)) throw error;
    let first: YamlNode | undefined;
    visit(doc, {
      Alias(_, alias) {
        first = alias;
        return visit.BREAK;
      },
    });
    const line = first?.range ? counter.linePos(first.range[0]).line : 1;
    throw new DataError(
      file,
      line,
      `is not valid YAML for this site: its aliases (${quote(first?.toString() ?? '*')} and others) expand into too many values (past the limit of ${MAX_ALIAS_COUNT}), as in a "billion laughs" attack; write the values out instead of nesting anchors.`,
    );
  }
  return { data, lineOf: (path) => lineOfPath(doc, counter, path) };
}

/** A value of a field that may take several forms (a date, a basis) says what each form needed, not a bare "Invalid input". */
function unionMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || !issue.errors.length) return undefined;
  const forms = issue.errors.map(
    (branch, k) => `form ${k + 1}: ${branch.map((i) => `${i.path.length ? `"${i.path.join('.')}" ` : ''}${i.message}`).join(', ')}`,
  );
  return `matches none of its allowed forms (${forms.join('; ')})`;
}

export function validate<T extends z.ZodType>(schema: T, data: unknown, file: string, lineOf: (path: PropertyKey[]) => number): z.infer<T> {
  const result = schema.safeParse(data, {
    error: (issue) => (issue.input === undefined && issue.code !== 'custom' ? 'is missing' : unionMessage(issue)),
  });
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 10).map((issue) => {
    const [index, ...field] = issue.path;
    const where = [entryLabel(data, index), field.length ? `field "${field.join('.')}"` : ''].filter(Boolean).join(', ');
    return `${file}:${lineOf(issue.path)}: ${where ? `${where}: ` : ''}${issue.message}`;
  });
  const first = result.error.issues[0]!;
  const error = new DataError(file, lineOf(first.path), '');
  error.message = messages.join('\n');
  throw error;
}

/** `root` is the project folder: a data file is read only as a regular file inside it (src/core/project-file.ts). */
export function loadYaml<T extends z.ZodType>(path: string, schema: T, displayName: string, root: string): LoadedYaml<z.infer<T>> {
  let text: string;
  try {
    text = readProjectFile(root, path, { shown: displayName, role: 'a data file' }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DataError(displayName, 1, 'is missing.');
    throw error;
  }
  const { data, lineOf } = parseYaml(text, displayName);
  return { data: validate(schema, data, displayName, lineOf), lineOf };
}
