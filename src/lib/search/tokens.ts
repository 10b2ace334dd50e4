/**
 * One search token per Chinese character. Pagefind segments Chinese with
 * jieba when it indexes and with Intl.Segmenter when it searches, and the two
 * disagree (三会一课 is one word to one and two to the other), so phrases go
 * missing. Giving it text in which every CJK character is a word of its own,
 * and queries made the same way, makes a quoted query an exact substring
 * search: every page holding the phrase is found, and only those.
 *
 * Used on both sides: by the indexer (Node) and by the search page (browser).
 */

/** Characters that are a token each: CJK ideographs, kana, hangul, full-width letters and digits. */
const GRAM = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const WORD = /[\p{L}\p{N}_]/u;

/**
 * Where each token of a text is ([start, end) in UTF-16 units): each CJK
 * character, each run of other letters and digits, and each punctuation mark
 * (a word that Pagefind indexes as nothing but that keeps its place, so no
 * phrase matches across it). White space only separates.
 */
export function tokenSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let word = -1;
  let at = 0;
  const flush = () => {
    if (word >= 0) out.push([word, at]);
    word = -1;
  };
  for (const ch of text) {
    if (GRAM.test(ch)) {
      flush();
      out.push([at, at + ch.length]);
    } else if (WORD.test(ch)) {
      if (word < 0) word = at;
    } else {
      flush();
      if (!/\s/u.test(ch)) out.push([at, at + ch.length]);
    }
    at += ch.length;
  }
  flush();
  return out;
}

/** The tokens of a text (see tokenSpans). */
export function tokens(text: string): string[] {
  return tokenSpans(text).map(([start, end]) => text.slice(start, end));
}

const isPunctuation = (token: string) => !GRAM.test(token) && !WORD.test(token);

/**
 * A block marker: it takes a word position in Pagefind's index but indexes
 * nothing, so that a phrase never matches across two blocks (a heading's end
 * and the next paragraph's start).
 */
export const BLOCK_BREAK = '\u2063';

/**
 * Where the text after the title starts, in word positions: the title's
 * blocks come first and the rest of the page from here on, so that a hit at
 * a smaller position is a hit in the title (the ranking reads it so, rank.ts).
 * A title longer than this pushes the rest on, and its words from here on count as the text's.
 */
export const TITLE_WORDS = 128;

/**
 * A word at the end of every record: its position is the record's length in
 * words, which a search for it (or with it) gives for every page at once.
 */
export const END_WORD = 'pkbend';

/** The text Pagefind indexes for one block: its tokens, separated by spaces. */
export function indexText(text: string): string {
  return tokens(text).join(' ');
}

/** The parts of a query, between spaces and punctuation, each as its tokens. */
export function queryParts(query: string): string[][] {
  const parts: string[][] = [[]];
  for (const token of tokens(query.replace(/\s+/gu, ' , '))) {
    if (!isPunctuation(token)) parts.at(-1)!.push(token);
    else if (parts.at(-1)!.length) parts.push([]);
  }
  return parts.filter((p) => p.length > 0);
}

/** The phrases of a query as they stand in a text: its parts between spaces or punctuation. */
export function queryPhrases(query: string): string[] {
  return queryParts(query).map((p) => p.join(''));
}

/**
 * The Pagefind queries for what the reader typed, one per part between spaces
 * or punctuation (Pagefind takes one phrase per search, so the page runs each
 * and keeps what all find): a quoted phrase of single-character words when
 * the part has two or more tokens ("八 项 规 定"), a bare word otherwise.
 */
export function pagefindQueries(query: string): string[] {
  return queryParts(query).map((p) => (p.length > 1 ? `"${p.join(' ')}"` : p[0]!));
}

/**
 * One Pagefind query for the characters of the whole query anywhere in a
 * record, not necessarily together, and END_WORD, which every record holds
 * last: its position in each result is the record's length.
 */
export function looseQuery(query: string): string {
  return [...queryParts(query).flat(), END_WORD].join(' ');
}
