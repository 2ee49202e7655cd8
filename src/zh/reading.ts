/**
 * The reading of a text that matching and search work on: the same characters,
 * less the invisible format characters (zero-width space and joiners, word
 * joiner, soft hyphen, BOM: Unicode category Cf), and, for a Traditional text,
 * each character in its Simplified form. The page keeps the text as written;
 * a match found in the reading is mapped back to the written text by offsets,
 * so a link wraps exactly the characters it was found in.
 *
 * Text extracted or scraped carries two more leftovers the reading leaves out
 * where asked (`{ extracted: true }`, as page text and quotes are read; a typed
 * query keeps its spaces): pinyin glosses in brackets after a character
 * (`規(guī)模工業(yè)`, read `規模工業`), and spaces between two Chinese
 * characters (`规模工业 增加 值`, read `规模工业增加值`), which a PDF extraction
 * puts inside words. The page keeps both as written.
 *
 * Character-aligned: a conversion is taken only where it keeps the number of
 * characters; a chunk it would lengthen or shorten is converted character by
 * character, and a character that still would not stay one character is kept.
 * Runs in the build and in the browser: no imports; the converter is passed in.
 */
export type Convert = (text: string) => string;

export interface Reading {
  /** The text as matching sees it. */
  text: string;
  /** The written text's UTF-16 range [start, end) for a range of the reading. */
  span(start: number, end: number): [number, number];
}

const FORMAT = /\p{Cf}/u;

/** Pinyin in brackets after a Chinese character, with at least one tone mark: `經(jīng)`, `業（yè）`. */
export const PINYIN_GLOSS = /(?<=\p{Script=Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/gu;
/** Spaces between two Chinese characters (a gloss between them counts as absent). */
const HAN_GAP = /(?<=\p{Script=Han}(?:[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）])?)[ \t\u00a0\u3000]+(?=\p{Script=Han})/gu;

export interface ReadingOptions {
  /** Leave out pinyin glosses and spaces between Chinese characters (page text and quotes; not a typed query). */
  extracted?: boolean;
}

/** UTF-16 offsets the reading leaves out: pinyin glosses and spaces between Chinese characters. */
function leftovers(text: string): Uint8Array {
  const skip = new Uint8Array(text.length);
  for (const re of [PINYIN_GLOSS, HAN_GAP]) for (const m of text.matchAll(re)) skip.fill(1, m.index, m.index + m[0].length);
  return skip;
}

/** Whether a text holds characters the reading leaves out. */
export function hasFormatCharacters(text: string): boolean {
  return FORMAT.test(text);
}

function sameLength(a: string, b: string): boolean {
  return [...a].length === [...b].length;
}

function convertAligned(chunk: string, convert: Convert): string[] {
  const whole = convert(chunk);
  if (sameLength(whole, chunk)) return [...whole];
  return [...chunk].map((ch) => {
    const one = convert(ch);
    return sameLength(one, ch) ? one : ch;
  });
}

export function readingOf(text: string, convert?: Convert, options: ReadingOptions = {}): Reading {
  // Kept characters with their written offsets; format characters (and, for extracted text, its leftovers) are dropped here.
  const skip = options.extracted ? leftovers(text) : undefined;
  const kept: string[] = [];
  const from: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (!FORMAT.test(ch) && !skip?.[offset]) {
      kept.push(ch);
      from.push(offset);
    }
    offset += ch.length;
  }
  const read = convert ? convertAligned(kept.join(''), convert) : kept;
  // Per UTF-16 unit of the reading: where its character starts and ends in the written text.
  const starts: number[] = [];
  const ends: number[] = [];
  read.forEach((ch, i) => {
    const start = from[i]!;
    const end = start + kept[i]!.length;
    for (let u = 0; u < ch.length; u++) {
      starts.push(start);
      ends.push(end);
    }
  });
  const joined = read.join('');
  return {
    text: joined,
    span(start, end) {
      if (end <= start) {
        const at = start < starts.length ? starts[start]! : text.length;
        return [at, at];
      }
      return [starts[start]!, ends[end - 1]!];
    },
  };
}

/** A converter from a string of character pairs ("懷怀鐵铁…", as the search dictionary carries them). */
export function pairConverter(pairs: string): Convert {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return (text) => [...text].map((c) => map.get(c) ?? c).join('');
}
