/** An error in an input file, reported as `file:line: message` so an editor can jump to it. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}

/** A failure of the build already said in one sentence for the reader (a program that failed, a broken link). */
export class BuildError extends Error {}

/** Most characters of source text a message quotes: a 200 KB line must not become a 200 KB message. */
export const QUOTE_LIMIT = 200;

/** `text` cut to `max` characters (code points), saying how much was left out. */
export function clip(text: string, max = QUOTE_LIMIT): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…(${chars.length - max} more characters)`;
}

/** Source text quoted in a message: in double quotes, at most QUOTE_LIMIT characters of it. */
export const quote = (text: string, max = QUOTE_LIMIT): string => `"${clip(text, max)}"`;
