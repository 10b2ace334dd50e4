/** A source line as the parser works on it: its content, its text, and what is known of it. */
import { sourceText, type HeadRole, type SourceInline, type SourceLine } from '../model.ts';
import { keyOf } from './text.ts';

export interface WorkLine {
  line: number;
  content: SourceInline[];
  /** Its plain text, verbatim. */
  text: string;
  /** Its text without invisible characters, trimmed: what it is recognised by. */
  key: string;
  heading?: number;
  list?: SourceLine['list'];
  quote?: boolean;
  /** The whole line is bold (a heading as offices type it, or a Markdown **…** line). */
  bold: boolean;
  /** Another language than Chinese (a bilingual edition). */
  lang?: string;
  /** Cut from a line with no line breaks: its pieces are less certain than real lines. */
  glued?: boolean;
  /** What the piece of a glued line was cut as. */
  hint?: HeadRole;
  /** A table of the source (its rows of cells); such a line has no text of its own. */
  table?: SourceInline[][][];
}

const isBold = (content: readonly SourceInline[]): boolean => {
  const visible = content.filter((c) => !(c.type === 'text' && /^\s*$/u.test(c.value)));
  return visible.length === 1 && visible[0]!.type === 'strong';
};

export function workLine(
  source: { line: number; content: SourceInline[]; heading?: number | undefined; list?: SourceLine['list'] | undefined; quote?: boolean | undefined },
  extra: Partial<WorkLine> = {},
): WorkLine {
  const text = sourceText(source.content);
  return {
    line: source.line,
    content: source.content,
    text,
    key: keyOf(text),
    ...(source.heading !== undefined ? { heading: source.heading } : {}),
    ...(source.list ? { list: source.list } : {}),
    ...(source.quote ? { quote: true } : {}),
    bold: isBold(source.content),
    ...extra,
  };
}

/**
 * Cut source inlines at plain-text offsets: piece k runs from cuts[k-1] to
 * cuts[k]. Formatting is kept on both sides of a cut; an image or note
 * reference goes with the text after it.
 */
export function cutSource(content: readonly SourceInline[], cuts: readonly number[]): SourceInline[][] {
  const bounds = [0, ...cuts, Infinity];
  return bounds.slice(0, -1).map((start, k) => slice(content, start, bounds[k + 1]!));
}

function slice(content: readonly SourceInline[], start: number, end: number): SourceInline[] {
  let at = 0;
  const walk = (nodes: readonly SourceInline[]): SourceInline[] => {
    const out: SourceInline[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        const from = at;
        at += node.value.length;
        const a = Math.max(start, from);
        const b = Math.min(end, at);
        if (a < b) out.push({ type: 'text', value: node.value.slice(a - from, b - from) });
      } else if ('children' in node) {
        const children = walk(node.children);
        // A link cut before its end keeps its address for the piece that holds its end.
        if (children.length) out.push(node.type === 'link' && at > end ? { ...node, children, cut: true } : { ...node, children });
      } else if (at >= start && at < end) {
        out.push(node);
      }
    }
    return out;
  };
  return walk(content);
}

/** A line cut into pieces at plain-text offsets, each trimmed, empty pieces left out. */
export function cutLine(line: WorkLine, cuts: readonly number[], hints: ReadonlyArray<HeadRole | undefined> = []): WorkLine[] {
  return cutSource(line.content, cuts).flatMap((content, k) => {
    const trimmed = trimSource(content);
    if (!trimmed.length) return [];
    const hint = hints[k];
    return [workLine({ ...line, content: trimmed }, { ...(line.lang ? { lang: line.lang } : {}), glued: true, ...(hint ? { hint } : {}) })];
  });
}

/** Leading and trailing white space removed; a picture or note reference next to it is kept. */
function trimSource(content: SourceInline[]): SourceInline[] {
  const text = sourceText(content);
  const lead = text.length - text.trimStart().length;
  const tail = text.trimEnd().length;
  const leaves = (nodes: readonly SourceInline[]): SourceInline[] =>
    nodes.flatMap((n) => (n.type === 'image' || n.type === 'noteRef' ? [n] : 'children' in n ? leaves(n.children) : []));
  if (tail <= lead) return leaves(content);
  if (lead === 0 && tail === text.length) return content;
  const [before, kept, after] = cutSource(content, [lead, tail]);
  return [...leaves(before!), ...kept!, ...leaves(after!)];
}
