/** The words of a search record as Pagefind counts them: each token, break and END_WORD of its main text, in order. */
import { recordHtml, type SearchPage } from '../../src/lib/search/records.ts';

export function recordWords(record: SearchPage): string[] {
  return recordHtml(record)
    .replace(/^[\s\S]*<main data-pagefind-body="">|<\/main>[\s\S]*$/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
}
