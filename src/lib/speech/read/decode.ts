/**
 * The bytes of a text file (a .txt or .md speech, a sidecar) → its text.
 *
 * Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; decodes GB18030/GBK
 * (a superset of GB2312) with a warning. Refuses empty, binary and undecodable
 * files with a SourceError that names the file, and the line where there is one.
 */
import { SourceError } from '../../errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Things the editor should know but that do not stop the build. */
  warnings: string[];
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;
// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/u;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The share of Chinese among the characters that are not ASCII: high for Chinese text, low for bytes decoded wrongly. */
function cjkShare(text: string): number {
  const wide = text.replace(/[\s\x00-\x7f]/gu, '');
  if (wide.length === 0) return 0;
  return (wide.match(CJK)?.length ?? 0) / wide.length;
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new SourceError(file, 'the file is empty (文件为空)');

  let encoding: Encoding;
  let text: string | undefined;
  const warnings: string[] = [];

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeStrict(bytes, encoding);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeStrict(bytes, encoding);
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new SourceError(file, 'this is a binary file, not text: it contains NUL bytes (二进制文件，不是文本)', lineAt(bytes, nul));
    }
    encoding = 'utf-8';
    text = decodeStrict(bytes, encoding);
    if (text === undefined) {
      const bad = firstInvalidUtf8(bytes);
      const gb = decodeStrict(bytes, 'gb18030');
      if (gb !== undefined && cjkShare(gb) >= 0.5) {
        encoding = 'gb18030';
        text = gb;
        warnings.push(`${file}: decoded as GB18030/GBK, not UTF-8; please save it as UTF-8 (已按 GB18030 解码，请另存为 UTF-8)`);
      } else {
        throw new SourceError(
          file,
          `not UTF-8 text, and not GB18030 Chinese text either: invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad} (无法识别的编码，请保存为 UTF-8)`,
          lineAt(bytes, bad),
        );
      }
    }
  }
  if (text === undefined) throw new SourceError(file, `not valid ${encoding} text (编码错误)`);

  text = text.replace(/^\uFEFF/u, '');
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split(/\r\n|\r|\n/u).length;
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new SourceError(file, `this looks like a binary file: control character U+${code} (含有控制字符，不是纯文本)`, line);
  }
  // Zero-width and other invisible characters are no text either: such a file would publish a blank page.
  if (text.replace(/[\s\p{Cf}]/gu, '').length === 0) throw new SourceError(file, 'the file has no text, only white space or invisible characters (文件没有正文)');
  return { text, encoding, warnings };
}
