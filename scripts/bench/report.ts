/** Collects the bench's sections: printed as they finish, then written to artifacts/bench.md and artifacts/bench.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class Report {
  private readonly blocks: string[] = [];
  readonly data: Record<string, unknown> = {};

  /** Prints a Markdown block at once, so a long run shows each section when it is done, and keeps it for the file. */
  section(markdown: string, key?: string, data?: unknown): void {
    this.blocks.push(markdown);
    if (key) this.data[key] = data;
    console.log(`${markdown}\n`);
  }

  write(root: string): void {
    const dir = join(root, 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bench.md'), `${this.blocks.join('\n\n')}\n`);
    writeFileSync(join(dir, 'bench.json'), `${JSON.stringify(this.data, null, 2)}\n`);
    console.log('Wrote artifacts/bench.md and artifacts/bench.json');
  }
}
