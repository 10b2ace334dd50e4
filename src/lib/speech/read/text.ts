/**
 * Reader for plain text (.txt): each line of the file is a line of the
 * speech (paragraphs pasted from the web that run together on one line,
 * each starting with a 　　 indent, are split). A front-matter block at the
 * top is read as such; a .txt that is plainly Markdown (## headings, **bold**
 * lines, images) is read as Markdown.
 */
import { splitFrontMatter } from '../../front-matter.ts';
import type { SourceDocument } from '../model.ts';
import { decodeText } from './decode.ts';
import { LineBuilder } from './lines.ts';
import { markdownDocument, plainText } from './markdown.ts';

/** Lines that only Markdown writes: a heading, a line all in bold or italics, an image, a table rule, a fence. */
const MARKDOWN_LINES = [
  /^#{1,6}[ \t]+\S/u,
  /^[\s\u3000]*(\*\*|__)[^*_\n]+\1[\s\u3000]*$/u,
  /^[\s\u3000]*_[^_\n]+_(?:[ \t]+_[^_\n]+_)*[\s\u3000]*$/u,
  /!\[[^\]\n]*\]\([^)\s]+\)/u,
  /\[[^\]\n]+\]\((?:https?:\/\/|\.{0,2}\/)[^)\s]*\)/u,
  /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u,
  /^(?:```|~~~)/u,
];

/** A text is plainly Markdown when at least two of its lines are lines only Markdown writes. */
export function looksLikeMarkdown(text: string): boolean {
  let found = 0;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (MARKDOWN_LINES.some((pattern) => pattern.test(line)) && ++found >= 2) return true;
  }
  return false;
}

/** The source document of a plain text (already decoded). */
export function textDocument(text: string, file: string, warnings: string[] = []): SourceDocument {
  const { frontMatter, body, bodyLine } = splitFrontMatter(text);
  if (looksLikeMarkdown(body)) {
    const doc = markdownDocument(text, [...warnings, `${file}: its lines are Markdown (## headings, **bold**, images), so it is read as Markdown; name it .md to say so (按 Markdown 读取)`]);
    return doc;
  }
  const builder = new LineBuilder(bodyLine);
  builder.text(body, []);
  const blocks = builder.take();
  return { blocks, notes: [], ...(frontMatter ? { frontMatter } : {}), text: plainText(blocks), warnings };
}

/** Reader for .txt files. */
export function readText(bytes: Uint8Array, file: string): SourceDocument {
  const decoded = decodeText(bytes, file);
  return textDocument(decoded.text, file, decoded.warnings);
}

/** The non-blank lines of a plain text, trimmed, with their 1-based line numbers (as the reader splits them). */
export function splitLines(text: string): Array<{ text: string; line: number }> {
  const builder = new LineBuilder(1);
  builder.text(text, []);
  return builder.take().map((l) => ({ text: l.content.map((c) => (c.type === 'text' ? c.value : '')).join(''), line: l.line }));
}
