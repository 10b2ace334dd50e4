/**
 * Stage 1 of the pipeline: a speech file → its SourceDocument, by a reader
 * per format, chosen by the file's extension. Nothing after this stage knows
 * which format a speech came from.
 */
import type { SourceDocument } from '../model.ts';
import { readDocx } from './docx.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';

export type Reader = (bytes: Uint8Array, file: string) => SourceDocument | Promise<SourceDocument>;

/** The formats a speech can be given in. */
export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.docx': readDocx,
};

/** Formats of speeches that cannot be read, and what to do instead. */
export const REFUSED: Readonly<Record<string, string>> = {
  '.doc': 'an old binary Word document (.doc) cannot be read: open it in Word or WPS and save it as .docx (请另存为 .docx 格式)',
  '.wps': 'a WPS document (.wps) cannot be read: open it in WPS and save it as .docx (请另存为 .docx 格式)',
  '.rtf': 'an RTF document cannot be read: open it in Word or WPS and save it as .docx (请另存为 .docx 格式)',
  '.pdf': 'a PDF cannot be read: save the original document as .docx, or its text as .txt (PDF 无法导入)',
};

/** A file name's extension, lower case, with its dot ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The file name without its extension. */
export function stemOf(name: string): string {
  const base = name.replace(/^.*[\\/]/u, '');
  const ext = extensionOf(base);
  return ext ? base.slice(0, -ext.length) : base;
}

export function readSource(bytes: Uint8Array, file: string): SourceDocument | Promise<SourceDocument> {
  const reader = READERS[extensionOf(file)];
  if (!reader) throw new Error(`${file}: no reader for this file type`);
  return reader(bytes, file);
}
