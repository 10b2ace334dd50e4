/**
 * Inline structure of one line of a speech: the source's own formatting
 * (bold, italics, links, images, note references), anonymisation
 * placeholders and the lead phrases of in-paragraph enumerations. Pure
 * functions, no I/O.
 */
import type { Inline, RedactedInline, SourceInline, TextInline } from '../model.ts';

/**
 * Anonymisation placeholders: runs of X (not part of a Latin word), runs of *,
 * and runs of two or more × or ○ (as in “**局”, “X系统”, “××县”).
 */
const PLACEHOLDER = /(?<![A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A])[XＸ]+(?![A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A])|[*＊]+|×{2,}|○{2,}/gu;

/**
 * The start of an enumeration inside a paragraph: 一是 / 二要 / 第三， at the start
 * of the paragraph or right after the end of a sentence or clause.
 */
const ENUMERATION = /(?<=^|[。；！？：])(?:[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，、])/gu;
const MAX_LEAD = 40;

/** Split text into literal runs and placeholders; concatenated, they equal the input. */
export function splitPlaceholders(text: string): Array<TextInline | RedactedInline> {
  const out: Array<TextInline | RedactedInline> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    out.push({ type: 'redacted', value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** Length of the lead phrase that starts at `start` with a marker `markerLength` long. */
function leadLength(text: string, start: number, markerLength: number): number {
  const window = text.slice(start + markerLength, start + markerLength + MAX_LEAD);
  const sentence = window.search(/[。；！？]/u);
  if (sentence >= 0) return markerLength + sentence + 1;
  const clause = window.search(/[，：]/u);
  if (clause >= 0) return markerLength + clause + 1;
  return markerLength;
}

/**
 * Inlines of a paragraph or heading. With `leads`, the lead phrase of each
 * in-paragraph enumeration (一是提高政治站位。) is marked for emphasis.
 * The text of the result always equals the input.
 */
export function parseInlines(text: string, options: { leads: boolean }): Inline[] {
  if (!options.leads) return splitPlaceholders(text);
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(ENUMERATION)) {
    if (match.index < last) continue;
    const length = leadLength(text, match.index, match[0].length);
    if (match.index > last) out.push(...splitPlaceholders(text.slice(last, match.index)));
    out.push({ type: 'lead', children: splitPlaceholders(text.slice(match.index, match.index + length)) });
    last = match.index + length;
  }
  if (last < text.length) out.push(...splitPlaceholders(text.slice(last)));
  return out;
}

/** An address on another host (or of another scheme), which an offline site never loads. */
export const isExternal = (url: string): boolean => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(url);

export interface InlineOptions {
  /** Mark the lead phrases of enumerations (only in a plain paragraph, one without formatting of its own). */
  leads: boolean;
  /** The number of a note of the source, by its id. */
  note: (id: string) => number | undefined;
  /** Remove invisible characters (for headings). */
  visibleOnly?: boolean;
}

/** The inlines of a line of the source. The text of the result equals the source's text. */
export function toInlines(content: readonly SourceInline[], options: InlineOptions): Inline[] {
  const clean = (text: string) => (options.visibleOnly ? text.replace(/\p{Cf}/gu, '') : text);
  if (content.length === 1 && content[0]!.type === 'text') return parseInlines(clean(content[0]!.value), { leads: options.leads });
  const walk = (nodes: readonly SourceInline[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text':
          return splitPlaceholders(clean(node.value));
        case 'strong':
        case 'emphasis':
          return [{ type: node.type, children: walk(node.children) }];
        case 'link':
          return isExternal(node.url) ? [{ type: 'link', url: node.url, external: true, children: walk(node.children), ...(node.cut ? { cut: true as const } : {}) }] : walk(node.children);
        case 'image':
          return [{ type: 'image', url: node.url, alt: node.alt }];
        case 'noteRef': {
          const number = options.note(node.id);
          return number === undefined ? [] : [{ type: 'noteRef', number }];
        }
      }
    });
  return walk(content);
}
