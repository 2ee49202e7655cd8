/**
 * Turns the bytes of a source file into text. UTF-8 (with or without BOM) is
 * the norm; GB18030/GBK files, still common from Chinese government sites,
 * are recognised by failing strict UTF-8 and succeeding strict GB18030.
 * Anything else is refused rather than shown as mojibake.
 */
import { SourceError } from '../core/errors.ts';

export interface DecodedSource {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  hadBom: boolean;
  hadCrlf: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  const hadBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hadBom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: DecodedSource['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(body);
      encoding = 'gb18030';
    } catch {
      throw new SourceError(file, 1, 'is neither UTF-8 nor GB18030 text; save it as UTF-8 and build again.');
    }
    if (!/[\u4e00-\u9fff]/.test(text)) {
      throw new SourceError(file, 1, 'is not valid UTF-8 and does not read as Chinese GB18030 text either; save it as UTF-8.');
    }
  }
  if (text.includes('\u0000')) {
    throw new SourceError(file, 1, 'contains NUL bytes: it looks like a binary file or UTF-16; save it as UTF-8.');
  }
  const hadCrlf = text.includes('\r\n');
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new SourceError(file, 1, 'is empty: a source document needs text.');
  }
  return { text, encoding, hadBom, hadCrlf };
}
