/**
 * One search as the search page runs it against Pagefind: an exact search
 * per part of the query (a quoted phrase of single characters), whose pages
 * must hold every part, and one search for all the query's characters
 * anywhere with END_WORD, which gives where each page's occurrences are, its
 * length, and the pages whose characters are only scattered. The pages are
 * then ranked (rank.ts), or kept in Pagefind's order newest first.
 *
 * Pagefind is passed in, so that this runs the same under test.
 */
import { pageFacts, rank } from './rank.ts';
import type { SortMode } from './state.ts';
import { looseQuery, pagefindQueries, queryParts } from './tokens.ts';

export interface PagefindResult {
  id: string;
  /** Word positions of the hit in the page's record. */
  words: number[];
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
}
/** Pagefind's filters: a page must have one of `any` values of every filter named. */
export type PagefindFilters = Record<string, { any: string[] }>;
export interface PagefindSearch {
  search(query: string, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

/** A page that holds the query. */
export interface Found {
  id: string;
  /** The first word of each occurrence in the text after the title, in page order. */
  starts: number[];
  /** The title holds the query. */
  inTitle: boolean;
  /** Word positions Pagefind gave for the first occurrence of each part (where `starts` is empty). */
  words: number[];
}

export interface Outcome {
  /** Pages that hold every part of the query, in the order asked for. */
  found: Found[];
  /** Pages that hold every character of the query, but not together (`words`: where the characters are). */
  scattered: Found[];
  /** The number of characters of the query's shortest part: the length of an occurrence in `starts`. */
  phraseLength: number;
}

/** Pagefind's sort for each order: relevance is ranked after the search, by site order among equals. */
const SORTS: Record<SortMode, Record<string, 'asc' | 'desc'>> = { relevance: { order: 'asc' }, date: { date: 'desc' } };

/**
 * The filter that tells the bundles of a large index apart (bundles.ts): the
 * search page merges bundle k with this filter set to k.
 */
export const BUNDLE_FILTER = 'bundle';

/**
 * Pagefind's results for one search, in the order asked for. Merged bundles'
 * results come back by score, which for a sorted search is each result's rank
 * in its own bundle, so the bundles' orders interleave: newest first over
 * several bundles is one search per bundle, in the bundles' order (newest first).
 */
async function searchIn(api: PagefindSearch, query: string, options: { filters: PagefindFilters; sort: Record<string, 'asc' | 'desc'> }, bundles: number): Promise<PagefindResponse | null> {
  if (bundles <= 1 || !options.sort.date) return api.search(query, options);
  const each = await Promise.all(Array.from({ length: bundles }, (_, k) => api.search(query, { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: { any: [String(k)] } } })));
  return each.every((r) => r) ? { results: each.flatMap((r) => r!.results) } : null;
}

/**
 * The pages for `query` (nothing for an empty query; null when Pagefind gave
 * no answer). `bundles`: how many bundles Pagefind has merged (bundles.ts).
 */
export async function runSearch(api: PagefindSearch, query: string, sort: SortMode, ticked: Record<string, string[]> = {}, bundles = 1): Promise<Outcome | null> {
  const queries = pagefindQueries(query);
  // Values ticked in one filter widen it (省 or 县); filters narrow each other. Pagefind's plain list would ask for all the values at once.
  const filters: PagefindFilters = Object.fromEntries(Object.entries(ticked).map(([key, values]) => [key, { any: values }]));
  if (queries.length === 0) return { found: [], scattered: [], phraseLength: 0 };
  const phrases = queryParts(query);
  const words = [...new Set(phrases.flat())];
  // Where each word of the query is in each page: Pagefind has loaded these words' chunks for the searches beside it.
  const [parts, loose, each] = await Promise.all([
    Promise.all(queries.map((q) => searchIn(api, q, { filters, sort: SORTS[sort] }, bundles))),
    api.search(looseQuery(query), { filters, sort: SORTS.relevance }),
    Promise.all(words.map((word) => api.search(word, { filters, sort: SORTS.relevance }))),
  ]);
  if (!parts[0] || !loose || each.some((r) => !r)) return null;
  // Every part must be found in a page: keep the first part's pages that all the others have too,
  // with the hit words of every part. A page found only by its metadata (no word of its text) is not a hit.
  const others = parts.slice(1).map((p) => new Map((p?.results ?? []).map((r) => [r.id, r.words])));
  const exact = parts[0].results
    .filter((r) => r.words.length > 0 && others.every((ids) => ids.has(r.id)))
    .map((r) => ({ id: r.id, words: [...r.words, ...others.flatMap((ids) => ids.get(r.id)!)] }));
  const byWord = each.map((r) => new Map(r!.results.map((hit) => [hit.id, hit.words])));
  // The loose search's last word in a page is END_WORD: the record's length.
  const ends = new Map(loose.results.map((r) => [r.id, r.words.reduce((a, b) => Math.max(a, b), 0)]));
  const positions = new Map(exact.map((r) => [r.id, { at: new Map(words.map((word, k) => [word, byWord[k]!.get(r.id) ?? []])), end: ends.get(r.id) ?? 0 }]));
  const shortest = Math.min(...phrases.map((p) => p.length));
  const hits = new Map(exact.map((r) => [r.id, r.words]));
  const ordered = sort === 'relevance' ? rank(exact, positions, phrases) : exact.map((r) => ({ id: r.id, ...pageFacts(positions.get(r.id), phrases, r.words) }));
  return {
    found: ordered.map(({ id, starts, inTitle }) => ({ id, starts, inTitle, words: hits.get(id)! })),
    // The loose search's words hold END_WORD's position too: a page scattered has more than that one.
    scattered: loose.results
      .filter((r) => r.words.length > 1 && !hits.has(r.id))
      .map((r) => ({ id: r.id, starts: [], inTitle: false, words: r.words.slice().sort((a, b) => a - b).slice(0, -1) })),
    phraseLength: shortest,
  };
}
