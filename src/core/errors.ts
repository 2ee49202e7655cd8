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
