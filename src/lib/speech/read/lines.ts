/**
 * Shared by the readers: turns a format's inline content (text runs inside
 * bold, italic and links, images, note references) into the source lines the
 * parser reads. A paragraph of the source becomes as many lines as it has
 * line breaks, or paragraph indents pasted from the web (　　 inside a line);
 * formatting that spans a break is carried on both sides of it.
 */
import type { SourceInline, SourceLine } from '../model.ts';

export { sourceText } from '../model.ts';

/** A format's mark on a run of text. Leaves under the same mark object are grouped under one node. */
export type Mark = { type: 'strong' | 'emphasis' } | { type: 'link'; url: string };

type Leaf = { type: 'text'; value: string } | { type: 'image'; url: string; alt: string } | { type: 'noteRef'; id: string };

interface Piece {
  leaf: Leaf;
  marks: readonly Mark[];
}

/** A paragraph indent inside a line: text pasted from the web runs paragraphs together. */
export const INNER_INDENT = /\u3000{2,}|[\u00a0 \t]{4,}/u;

const SPACE = /^[\s\p{Cf}]*$/u;

/** Collects the leaves of one or more paragraphs and gives them out as source lines. */
export class LineBuilder {
  private current: Piece[] = [];
  private readonly done: Array<{ line: number; pieces: Piece[] }> = [];
  private line: number;

  constructor(firstLine: number) {
    this.line = firstLine;
  }

  /** The line the next leaf is on. */
  get at(): number {
    return this.line;
  }

  /** Move on to `line` (a reader that knows each paragraph's line). Ends the current line. */
  moveTo(line: number): void {
    this.end();
    this.line = line;
  }

  /** Text under `marks`: a line feed ends the line, a paragraph indent inside it starts another. */
  text(value: string, marks: readonly Mark[]): void {
    value.split(/\r\n|\r|\n/u).forEach((row, i) => {
      if (i > 0) this.newline();
      row.split(INNER_INDENT).forEach((piece, k) => {
        if (k > 0) this.end();
        if (piece) this.current.push({ leaf: { type: 'text', value: piece }, marks });
      });
    });
  }

  image(url: string, alt: string, marks: readonly Mark[]): void {
    this.current.push({ leaf: { type: 'image', url, alt }, marks });
  }

  noteRef(id: string, marks: readonly Mark[]): void {
    this.current.push({ leaf: { type: 'noteRef', id }, marks });
  }

  /** A line break: the line ends, the next one is on the next line of the file. */
  newline(): void {
    this.end();
    this.line++;
  }

  /** End the current line (a paragraph's end, or a paragraph indent) without moving on. */
  end(): void {
    if (this.current.length) this.done.push({ line: this.line, pieces: this.current });
    this.current = [];
  }

  /** The lines collected so far, trimmed; lines with nothing visible are left out. Clears the builder. */
  take(extra: Omit<SourceLine, 'type' | 'line' | 'content'> = {}): SourceLine[] {
    this.end();
    const lines = this.done.splice(0).flatMap(({ line, pieces }) => {
      const trimmed = trim(pieces);
      return trimmed.length ? [{ type: 'line' as const, line, content: nest(trimmed, 0), ...extra }] : [];
    });
    return lines;
  }
}

/** Leading and trailing white space of a line removed; nothing left when it holds nothing visible. */
function trim(pieces: Piece[]): Piece[] {
  const visible = pieces.some((p) => p.leaf.type !== 'text' || !SPACE.test(p.leaf.value));
  if (!visible) return [];
  const out = pieces.map((p) => ({ ...p }));
  const first = out.findIndex((p) => p.leaf.type !== 'text' || !/^\s*$/u.test(p.leaf.value));
  const last = out.findLastIndex((p) => p.leaf.type !== 'text' || !/^\s*$/u.test(p.leaf.value));
  const kept = out.slice(first, last + 1);
  const head = kept[0]!.leaf;
  if (head.type === 'text') kept[0] = { ...kept[0]!, leaf: { type: 'text', value: head.value.replace(/^\s+/u, '') } };
  const tail = kept.at(-1)!.leaf;
  if (tail.type === 'text') kept[kept.length - 1] = { ...kept.at(-1)!, leaf: { type: 'text', value: tail.value.replace(/\s+$/u, '') } };
  return kept;
}

/** Rebuild the nesting of marks: consecutive leaves under the same mark become one node. */
function nest(pieces: readonly Piece[], depth: number): SourceInline[] {
  const out: SourceInline[] = [];
  let i = 0;
  while (i < pieces.length) {
    const mark = pieces[i]!.marks[depth];
    if (!mark) {
      const leaf = pieces[i]!.leaf;
      const prev = out.at(-1);
      if (leaf.type === 'text' && prev?.type === 'text') prev.value += leaf.value;
      else out.push({ ...leaf });
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && pieces[j]!.marks[depth] === mark) j++;
    const children = nest(pieces.slice(i, j), depth + 1);
    out.push(mark.type === 'link' ? { type: 'link', url: mark.url, children } : { type: mark.type, children });
    i = j;
  }
  return out;
}
