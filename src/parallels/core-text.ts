/**
 * What two passages are compared on: the reading of a paragraph
 * (src/zh/reading.ts, so a Traditional copy reads as its Simplified
 * original) less punctuation and spaces, which reports change freely when they
 * reuse a sentence (，for 、, a full stop where a semicolon stood). Each kept
 * character remembers where it stands in the text as written, so a shared run
 * found here marks exactly those characters on the page.
 */
import { type Script, readingFor } from '../core/script.ts';

export interface CoreText {
  /** Letters and digits of the reading, and the percent sign of a figure. */
  text: string;
  /** Per UTF-16 unit of `text`: its written range [start, end). */
  starts: Int32Array;
  ends: Int32Array;
}

const KEPT = /[\p{L}\p{N}%％]/u;

/** A text's letters and digits (and percent signs), as written: what the compare pages count and pair sentences on. */
export function lettersOf(text: string): string {
  return [...text].filter(kept).join('');
}

/** Most characters are common Han ideographs: decided without the regular expression. */
function kept(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || KEPT.test(ch);
}

export function coreText(written: string, script: Script): CoreText {
  const reading = readingFor(written, script);
  const chars: string[] = [];
  // Typed, not arrays of numbers: the detector holds every paragraph's at once (500 documents in the bench).
  const starts = new Int32Array(reading.text.length);
  const ends = new Int32Array(reading.text.length);
  let at = 0;
  let units = 0;
  for (const ch of reading.text) {
    if (kept(ch)) {
      const [s, e] = reading.span(at, at + ch.length);
      chars.push(ch);
      for (let u = 0; u < ch.length; u++, units++) {
        starts[units] = s;
        ends[units] = e;
      }
    }
    at += ch.length;
  }
  return { text: chars.join(''), starts: starts.slice(0, units), ends: ends.slice(0, units) };
}

/** The written range of the core range [start, end). */
export function writtenRange(core: CoreText, start: number, end: number): [number, number] {
  return [core.starts[start]!, core.ends[end - 1]!];
}
