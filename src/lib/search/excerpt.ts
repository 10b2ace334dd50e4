/**
 * A search result as the reader sees it, made in the page from the result
 * files (records.ts) and the word positions of the hit that Pagefind returns:
 * the part of the page that holds the first hit, the heading above it, and
 * an excerpt around it with every hit word marked.
 */
import type { ResultPage, ResultPart } from './records.ts';
import { tokenSpans } from './tokens.ts';

/** The index of the part that holds word position `at`. */
export function partAt(page: ResultPage, at: number): number {
  let k = 0;
  while (k + 1 < page.parts.length && page.parts[k + 1]! <= at) k++;
  return k;
}

/** The heading above word position `at` ([position, id, text]), if the page has one there. */
export function headingAbove(page: ResultPage, at: number): [number, string, string] | undefined {
  return page.headings.filter(([from]) => from <= at).at(-1);
}

/** One section of a page with hits: its heading ([position, id, text]; none before the first heading) and how many. */
export interface HitSection {
  heading?: [number, string, string];
  hits: number;
}

/**
 * Where phrases stand in a page, from where each of their words is there
 * (`at`: the positions Pagefind gives a search for that one word; the site
 * indexes one word per character): the first word of each occurrence of any
 * of `phrases` (each a list of words), in page order.
 */
export function phraseStarts(at: ReadonlyMap<string, readonly number[]>, phrases: ReadonlyArray<readonly string[]>): number[] {
  const sets = new Map([...at].map(([word, positions]) => [word, new Set(positions)]));
  const starts = new Set<number>();
  for (const phrase of phrases) {
    const each = phrase.map((word) => sets.get(word) ?? new Set<number>());
    for (const i of each[0] ?? []) if (each.every((positions, k) => positions.has(i + k))) starts.add(i);
  }
  return [...starts].sort((a, b) => a - b);
}

/** Where a page's hits (their first word positions) are, section by section in page order. */
export function hitSections(page: ResultPage, starts: readonly number[]): HitSection[] {
  const sections = new Map<string, HitSection>();
  [...starts].sort((a, b) => a - b).forEach((at) => {
    const heading = headingAbove(page, at);
    const key = heading?.[1] ?? '';
    const section = sections.get(key) ?? { ...(heading ? { heading } : {}), hits: 0 };
    section.hits++;
    sections.set(key, section);
  });
  return [...sections.values()];
}

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Up to `before` words before the first hit of the part and `after` words
 * from it, with the hit words marked (adjacent ones as one mark), blocks
 * joined by an ideographic space and … where the text goes on. The hits are
 * where the part's text holds one of `phrases` (every occurrence, found in
 * the text itself), or else the word positions Pagefind gave; without a hit,
 * the part's opening words.
 */
export function excerpt(part: ResultPart, words: readonly number[], phrases: readonly string[] = [], before = 12, after = 30): Segment[] {
  // The part's words in Pagefind's count: each token, and a break (null) after each block.
  const items: Array<{ text: string; start: number; end: number } | null> = [];
  const found = new Set<number>();
  const wanted = phrases.filter(Boolean).map((phrase) => phrase.toLowerCase());
  for (const [b, text] of part.blocks.entries()) {
    const lower = text.toLowerCase();
    const ranges = wanted.flatMap((phrase) => {
      const out: Array<[number, number]> = [];
      for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) out.push([at, at + phrase.length]);
      return out;
    });
    for (const [start, end] of tokenSpans(text)) {
      if (ranges.some(([from, to]) => start < to && end > from)) found.add(items.length);
      items.push({ text, start, end });
    }
    // A block that goes on in the next part has no break after it here.
    if (!(part.continues && b === part.blocks.length - 1)) items.push(null);
  }
  const hits = found.size > 0 ? found : new Set(words.map((w) => w - part.at));
  const first = items.findIndex((item, i) => item && hits.has(i));
  const from = first < 0 ? 0 : Math.max(0, first - before);
  let to = Math.min(items.length, (first < 0 ? 0 : first) + after);
  // Never cut a marked phrase: the excerpt ends after its last word.
  while (to < items.length && hits.has(to) && hits.has(to - 1)) to++;
  const out: Segment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else out.push({ text: piece, hit });
  };
  if (from > 0 && items[from - 1] !== null) push('…', false);
  for (let i = from; i < to; i++) {
    const item = items[i];
    if (!item) {
      if (i > from && i + 1 < to) push('\u3000', false);
      continue;
    }
    const previous = items[i - 1];
    // What lies between two words of a block (a space between Latin words) is marked when both are;
    // between blocks there is a break (null), never a previous word.
    if (i > from && previous) push(item.text.slice(previous.end, item.start), hits.has(i) && hits.has(i - 1));
    push(item.text.slice(item.start, item.end), hits.has(i));
  }
  if (to < items.length && items[to - 1] !== null && items[to] !== null) push('…', false);
  return out;
}
