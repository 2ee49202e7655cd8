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

/** Characters a terminal would act on rather than show: C0 controls but tab and line feed, DEL, C1, and the bidirectional overrides and isolates. */
const UNPRINTABLE = /(?![\t\n])\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu;

/** `text` as the build prints it: each unprintable character shown as <U+001B>, so a source can never drive the terminal. */
export const printable = (text: string): string =>
  text.replace(UNPRINTABLE, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
