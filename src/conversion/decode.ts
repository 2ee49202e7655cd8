/**
 * Turns the bytes of a source file into text. A byte-order mark names UTF-8 or
 * UTF-16; without one, strict UTF-8 is tried first (the norm), and otherwise a
 * maintained detector (jschardet) guesses the encoding. UTF-16 LE/BE, GB18030
 * (and its subsets GBK and GB2312, still common on Chinese government sites) and
 * Big5 (Traditional-character mirrors) are decoded with iconv-lite. Anything
 * else, or a decoding that leaves a replacement character, stops the build with
 * the file, the encoding guessed, the line and the byte offset: mojibake is never
 * published.
 */
import jschardet from 'jschardet';
import iconv from 'iconv-lite';
import { SourceError } from '../core/errors.ts';
import { hasHan } from '../zh/chars.ts';
import { foldRadicals, hasRadicals } from '../zh/radicals.ts';
import { detectScript } from '../core/script.ts';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
  hadBom: boolean;
  hadCrlf: boolean;
  /** Lines where radical code points were read as the characters they stand for (src/zh/radicals.ts). */
  radicalLines: number[];
}

const BOMS: [SourceEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The detector's names for the encodings we decode. */
const DETECTED: Record<string, SourceEncoding> = {
  'utf-8': 'utf-8',
  'utf-16-le': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  'utf-16be': 'utf-16be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  cp950: 'big5',
  'big5-hkscs': 'big5',
};

const SUPPORTED = 'UTF-8 (with or without BOM), UTF-16 LE/BE, GB18030/GBK or Big5';

/** Line (1-based) of a position in decoded text. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function firstNonAscii(bytes: Uint8Array): number {
  const i = bytes.findIndex((b) => b >= 0x80);
  return i === -1 ? 0 : i;
}

/** Line of a byte offset, counting LF bytes (every encoding here but UTF-16 spells LF as one 0x0a byte). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * UTF-8, perhaps with a few invalid bytes: its multi-byte sequences outnumber
 * the invalid bytes two to one (legacy encodings almost never form valid
 * UTF-8 sequences). Such a file is reported at its bad byte, not re-guessed.
 */
function mostlyUtf8(body: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(body);
  let valid = 0;
  let invalid = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') invalid++;
    else if (ch.codePointAt(0)! >= 0x80) valid++;
  }
  return invalid === 0 || valid >= invalid * 2;
}

/** Half of a UTF-16 surrogate pair without the other half (a UTF-16 file can hold one; no text may). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Control characters: C0 but tab, line feed and carriage return; DEL; C1. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
const C0_NAMES = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(
  ' ',
);

/** A control character as a message names it: U+001B (ESC). */
export function controlName(ch: string): string {
  const code = ch.codePointAt(0)!;
  const name = code < 0x20 ? C0_NAMES[code] : code === 0x7f ? 'DEL' : undefined;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/**
 * A control character inside a line stops the build at its line and column
 * (docs/conversion-rules.md): it has no place in a report's text and would be
 * published raw. A form feed or vertical tab at the start or end of a line is
 * whitespace there (a PDF extraction breaks its pages so), which the
 * whitespace rules remove.
 */
function checkControls(text: string, file: string): void {
  if (!CONTROL.test(text)) return;
  text.split('\n').forEach((line, i) => {
    const inner = line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
    const hit = CONTROL.exec(inner);
    if (!hit) return;
    const column = [...line.slice(0, line.indexOf(inner) + hit.index)].length + 1;
    throw new SourceError(
      file,
      i + 1,
      `holds the control character ${controlName(hit[0])} at column ${column}, inside the text: a report has none, so the file is damaged or not plain text; remove it (a form feed at the start or end of a line, where a PDF extraction breaks its pages, is whitespace and may stay).`,
    );
  });
}

export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  const skip = bom ? bom[1].length : 0;
  const body = bytes.subarray(skip);
  let encoding: SourceEncoding;
  if (bom) {
    encoding = bom[0];
  } else {
    if (mostlyUtf8(body)) {
      encoding = 'utf-8';
    } else {
      const guess = jschardet.detect(Buffer.from(body));
      const name = guess.encoding ?? 'unknown';
      const known = DETECTED[name.toLowerCase()];
      if (!known) {
        const at = firstNonAscii(body);
        throw new SourceError(
          file,
          lineOfByte(body, at),
          `is not ${SUPPORTED} text: the detector guesses ${name} (first non-ASCII byte at offset ${at + skip}); save it as UTF-8 and build again.`,
        );
      }
      encoding = known;
    }
  }
  let text = iconv.decode(Buffer.from(body), encoding, { stripBOM: false });
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    const offset = iconv.encode(text.slice(0, bad), encoding).length + skip;
    throw new SourceError(
      file,
      lineAt(text, bad),
      `does not decode as ${encoding.toUpperCase()}${bom ? ' (named by its byte-order mark)' : ''}: the bytes at offset ${offset} are not valid in it (or the file holds a replacement character); save it as UTF-8 and build again.`,
    );
  }
  if ((encoding === 'gb18030' || encoding === 'big5') && !hasHan(text)) {
    throw new SourceError(
      file,
      1,
      `reads as ${encoding.toUpperCase()} (the detector's guess) but holds no Chinese text, so the guess is not trusted; save it as UTF-8.`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new SourceError(
      file,
      lineAt(text, nul),
      `contains NUL characters (read as ${encoding.toUpperCase()}): it looks like a binary file; a source must be text.`,
    );
  }
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const offset = iconv.encode(text.slice(0, lone.index), encoding).length + skip;
    throw new SourceError(
      file,
      lineAt(text, lone.index),
      `does not decode as ${encoding.toUpperCase()}: the code unit at byte offset ${offset} is half of a surrogate pair with no other half; save it as UTF-8 and build again.`,
    );
  }
  const hadCrlf = text.includes('\r\n');
  text = text.replace(/\r\n?/g, '\n');
  checkControls(text, file);
  if (text.trim() === '') {
    throw new SourceError(file, 1, 'is empty: a source document needs text.');
  }
  // The script is read only where radicals are to be folded: most texts have none.
  const folded = hasRadicals(text) ? foldRadicals(text, detectScript(text) === 'zh-CN') : { text, lines: [] };
  return { text: folded.text, encoding, hadBom: bom !== undefined, hadCrlf, radicalLines: folded.lines };
}
