/**
 * The order of search results by relevance, as a reader would rank them: a
 * page whose title holds the query first, then the pages that use it most
 * for their length. Pagefind scores every page that holds a quoted phrase
 * alike, and its scores for the characters of the query anywhere count
 * characters that are not the phrase (教育 in every 学习教育 for 主题教育), so
 * the ranking is made here from what the searches give for each page: where
 * each character of the query stands (a search for each), and where the
 * record ends (END_WORD, searched with them all), that is, the page's length. The record's title stands
 * before TITLE_WORDS (records.ts, tokens.ts).
 *
 * The score is BM25's weight of the phrase's occurrences (how many, damped,
 * for the page's length against the average), plus a bonus that puts a hit in
 * the title above any number of hits in the text.
 */
import { phraseStarts } from './excerpt.ts';
import { TITLE_WORDS } from './tokens.ts';

/** BM25's saturation: the tenth use of a phrase adds less than the second. */
const K1 = 1.2;
/** How much a page's length counts against it (0: not at all, 1: fully). */
const B = 0.3;
/** Above the most that occurrences in the text can weigh (K1 + 1). */
const TITLE_BONUS = 3;

/** What the ranking knows of one page holding the query. */
export interface Ranked {
  id: string;
  /** The first word of each occurrence of the query in the text after the title, in page order. */
  starts: number[];
  /** The title holds the query. */
  inTitle: boolean;
  /** The words of the text after the title. */
  length: number;
  score: number;
}

/** What the searches gave for one page: where each word of the query is, and where END_WORD, the last word of the record, is. */
export interface PagePositions {
  at: ReadonlyMap<string, readonly number[]>;
  end: number;
}

/**
 * Where a page's occurrences of the query's `phrases` (each a list of words)
 * are, and how long it is. `first` are the positions of the exact search's
 * hit, the page's first occurrence: whether the title holds the query is
 * read from it alone, since the title comes first.
 */
export function pageFacts(positions: PagePositions | undefined, phrases: ReadonlyArray<readonly string[]>, first: readonly number[]): { starts: number[]; inTitle: boolean; length: number } {
  const inTitle = first.length > 0 && Math.min(...first) < TITLE_WORDS;
  if (!positions) return { starts: [], inTitle, length: 1 };
  const starts = phraseStarts(positions.at, phrases).filter((w) => w >= TITLE_WORDS);
  return { starts, inTitle, length: Math.max(1, positions.end - TITLE_WORDS) };
}

/**
 * The pages that hold the query (`found`: each page's id and the positions of
 * its first occurrence, in the order to keep among equals), ranked, from
 * where the query's words and END_WORD are in each (`positions`).
 */
export function rank(found: ReadonlyArray<{ id: string; words: readonly number[] }>, positions: ReadonlyMap<string, PagePositions>, phrases: ReadonlyArray<readonly string[]>): Ranked[] {
  const facts = found.map(({ id, words: first }) => ({ id, ...pageFacts(positions.get(id), phrases, first) }));
  const average = facts.reduce((sum, f) => sum + f.length, 0) / Math.max(1, facts.length);
  return facts
    .map((f) => {
      const n = f.starts.length;
      const weight = (n * (K1 + 1)) / (n + K1 * (1 - B + (B * f.length) / average));
      return { ...f, score: (f.inTitle ? TITLE_BONUS : 0) + weight };
    })
    .map((f, order) => ({ f, order }))
    .sort((a, b) => b.f.score - a.f.score || a.order - b.order)
    .map(({ f }) => f);
}
