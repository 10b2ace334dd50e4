/**
 * The order of search results by relevance, as a reader would rank them: a
 * page whose title holds the query first, then the pages that use it most
 * for their length. Pagefind scores every page that holds a quoted phrase
 * alike, and its scores for the characters of the query anywhere count
 * characters that are not the phrase (教育 in every 学习教育 for 主题教育), so
 * the ranking is made here from what the searches give for each page: where
 * each character of the query stands, and where the record ends (END_WORD,
 * searched with them), that is, the page's length. The record's title stands
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

/**
 * Where a page's occurrences are and how long it is. `words` are the
 * positions a search for the query's characters and END_WORD gave: END_WORD
 * is the last word of the record, the others the query's characters, and a
 * run of them as long as the phrase is taken for an occurrence (characters of
 * the query in another order pass too: 十五五 for 十四五, rare in the text).
 * `first` are the positions of the exact search's hit, the page's first
 * occurrence: whether the title holds the query is read from it alone,
 * since the title comes first.
 */
export function pageFacts(words: readonly number[], phraseLength: number, first: readonly number[]): { starts: number[]; inTitle: boolean; length: number } {
  const inTitle = first.length > 0 && Math.min(...first) < TITLE_WORDS;
  if (words.length === 0) return { starts: [], inTitle, length: 1 };
  const end = Math.max(...words);
  const starts = phraseStarts(words.filter((w) => w !== end), phraseLength).filter((w) => w >= TITLE_WORDS);
  return { starts, inTitle, length: Math.max(1, end - TITLE_WORDS) };
}

/**
 * The pages that hold the query (`found`: each page's id and the positions of
 * its first occurrence, in the order to keep among equals), ranked, from the
 * positions the search for the query's characters and END_WORD gave for each
 * (`words`). `phraseLength` is the number of characters of the query's shortest part.
 */
export function rank(found: ReadonlyArray<{ id: string; words: readonly number[] }>, words: ReadonlyMap<string, readonly number[]>, phraseLength: number): Ranked[] {
  const facts = found.map(({ id, words: first }) => ({ id, ...pageFacts(words.get(id) ?? [], phraseLength, first) }));
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
