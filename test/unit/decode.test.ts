import { describe, expect, it } from 'vitest';
import { decodeText as decodeSpeech } from '../../src/lib/speech/read/decode.ts';
import { sourceErrorOf } from '../helpers/errors.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const FILE = 'content/speeches/x.txt';

const failure = (bytes: Uint8Array) => sourceErrorOf(() => decodeSpeech(bytes, FILE));

describe('decodeSpeech', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeSpeech(utf8('\uFEFF同志们：\n'), FILE)).toEqual({ text: '同志们：\n', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 with a BOM (Windows Notepad “Unicode”)', () => {
    const body = '一、加强政治建设\r\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + i * 2] = body.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = body.charCodeAt(i) >> 8;
    }
    expect(decodeSpeech(bytes, FILE)).toMatchObject({ text: body, encoding: 'utf-16le' });
  });

  it('decodes GB18030/GBK Chinese text, warning the editor by file name', () => {
    // “同志们：全面从严治党” in GBK
    const gbk = Uint8Array.from([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0xc8, 0xab, 0xc3, 0xe6, 0xb4, 0xd3, 0xd1, 0xcf, 0xd6, 0xce, 0xb5, 0xb3]);
    const decoded = decodeSpeech(gbk, FILE);
    expect(decoded.text).toBe('同志们：全面从严治党');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.warnings).toEqual([expect.stringContaining(`${FILE}: decoded as GB18030`)]);
  });

  it('refuses an empty file, naming it', () => {
    expect(failure(new Uint8Array()).message).toBe(`${FILE}: the file is empty (文件为空)`);
  });

  it('refuses a file of white space only', () => {
    expect(failure(utf8(' \n\u3000\u3000\r\n')).message).toMatch(/^content\/speeches\/x\.txt: the file has no text/u);
  });

  it('refuses a binary file, naming the file and line', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const error = failure(png);
    expect(error.message).toMatch(/^content\/speeches\/x\.txt:3: this is a binary file/u);
    expect(error.line).toBe(3);
  });

  it('refuses text with control characters, naming the line', () => {
    const error = failure(utf8('第一行\n第二行\u0007\n'));
    expect(error.message).toBe(`${FILE}:2: this looks like a binary file: control character U+0007 (含有控制字符，不是纯文本)`);
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030, naming the line', () => {
    // Latin-1 “café” on line 3: not UTF-8, and not Chinese when read as GB18030
    const latin1 = Uint8Array.from([...utf8('a\nb\ncaf'), 0xe9, ...utf8(' au lait, cr'), 0xe8, ...utf8('me br'), 0xfb, ...utf8('l'), 0xe9, 0x0a]);
    const error = failure(latin1);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^content\/speeches\/x\.txt:3: not UTF-8 text, and not GB18030 Chinese text either: invalid byte 0xe9/u);
  });
});
