/**
 * Pagefind as far as the search page uses it, over records made from page
 * HTML as the index step makes them (recordHtml's words, one per character):
 * a quoted phrase, or every word anywhere, with the word positions of each
 * hit; sorting; filters. `merged` searches several such indexes as one, as
 * Pagefind's mergeIndex does.
 */
import { searchPage } from '../../src/lib/search/records.ts';
import type { PagefindResult, PagefindSearch } from '../../src/lib/search/run.ts';
import { recordWords } from './record-words.ts';

type Scored = PagefindResult & { score: number };
interface StandIn extends PagefindSearch {
  search(...args: Parameters<PagefindSearch['search']>): Promise<{ results: Scored[] }>;
}

export function standIn(pages: Record<string, { html: string }>, synthetic: Record<string, string> = {}): StandIn {
  const records = Object.entries(pages).map(([id, { html }], order) => ({ id, record: searchPage(html, `/${id}/`, order)! }));
  return {
    async search(query, options) {
      const filters = options?.filters ?? {};
      // A filter only this index's pages have (mergeIndex's mergeFilter) keeps all or none of them.
      if (Object.entries(synthetic).some(([key, value]) => filters[key] && !filters[key].any.includes(value))) return { results: [] };
      const quoted = /^"(.*)"$/u.exec(query);
      const terms = (quoted ? quoted[1]! : query).split(' ');
      const results = records.flatMap(({ id, record }) => {
        const words = recordWords(record);
        if (quoted) {
          const at = words.findIndex((_, i) => terms.every((t, k) => words[i + k] === t));
          return at < 0 ? [] : [{ id, words: terms.map((_, k) => at + k), date: record.sort.date!, score: 1 }];
        }
        const hits = terms.map((t) => words.flatMap((w, i) => (w === t ? [i] : [])));
        return hits.every((h) => h.length) ? [{ id, words: hits.flat().sort((a, b) => a - b), date: record.sort.date!, score: hits.flat().length }] : [];
      });
      if (options?.sort?.date) results.sort((a, b) => b.date.localeCompare(a.date));
      // Pagefind's score for a sorted search is the result's rank, negated.
      return { results: results.map(({ id, words, score }, rank) => ({ id, words, score: options?.sort ? -rank : score })) };
    },
  };
}

/** Several indexes searched as one: every index's results, by score (a stable sort), as Pagefind merges them. */
export function merged(indexes: StandIn[]): PagefindSearch {
  return {
    async search(query, options) {
      const each = await Promise.all(indexes.map((index) => index.search(query, options)));
      return { results: each.flatMap((r) => r.results).sort((a, b) => b.score - a.score) };
    },
  };
}
