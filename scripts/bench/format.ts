/** Number formats and padded Markdown tables shared by the bench sections. */
import { gzipSync } from 'node:zlib';

export const KB = 1024;

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(0)} MB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** gzip -9, what a static host serving precompressed files would send. */
export const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

/** The middle value; for an even count the lower middle, so the figure is one that was measured. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Terminal columns a string takes: CJK characters are two wide, so console tables line up. */
function width(text: string): number {
  return [...text].reduce(
    (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1),
    0,
  );
}

/** A Markdown table padded to line up, so the same text reads well on the console and in artifacts/bench.md. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    `| ${header.map((_, i) => (cells[i] ?? '') + ' '.repeat(widths[i]! - width(cells[i] ?? ''))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Progress goes to stderr so stdout carries only the report. */
export function progress(message: string): void {
  console.error(`… ${message}`);
}
