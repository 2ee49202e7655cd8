import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/conversion/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
// "衡阳市" in GB18030/GBK.
const GBK_HENGYANG = [0xba, 0xe2, 0xd1, 0xf4, 0xca, 0xd0];

describe('decoding source files', () => {
  it('reads UTF-8 with a BOM and CRLF line ends as plain text', () => {
    const decoded = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('政府工作报告\r\n各位代表：\r\n')]), 'a.txt');
    expect(decoded).toMatchObject({ text: '政府工作报告\n各位代表：\n', encoding: 'utf-8', hadBom: true, hadCrlf: true });
  });

  it('detects and decodes GB18030/GBK instead of showing mojibake', () => {
    const decoded = decodeSource(new Uint8Array([...GBK_HENGYANG, 0x0a]), 'gbk.txt');
    expect(decoded).toMatchObject({ text: '衡阳市\n', encoding: 'gb18030' });
  });

  it('refuses an empty file, naming it', () => {
    expect(() => decodeSource(utf8(' \n\n'), 'content/sources/empty.txt')).toThrowErrorMatchingInlineSnapshot(
      `[SourceError: content/sources/empty.txt:1: is empty: a source document needs text.]`,
    );
  });

  it('refuses UTF-16 and binary files', () => {
    expect(() => decodeSource(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'utf16.txt')).toThrow(/utf16\.txt:1: /);
    expect(() => decodeSource(new Uint8Array([0x00, 0x01, 0x02]), 'bin.txt')).toThrow(/bin\.txt:1: contains NUL bytes/);
  });
});
