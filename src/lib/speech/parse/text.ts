/** Small text helpers of the parse stage. */

/** Invisible format characters: zero-width spaces and joiners, BOM, bidi controls, soft hyphens. */
const INVISIBLE = /\p{Cf}/gu;

/** A text without invisible characters: what a title, a heading or a slug is made of. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The text a line is recognised by: invisible characters removed, trimmed. */
export function keyOf(text: string): string {
  return visible(text).trim();
}

/** Characters that count, white space and invisible characters aside. */
export function countChars(text: string): number {
  return text.replace(/[\s\p{Cf}]/gu, '').length;
}

/** Occurrences of `needle` in `text`. */
export function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
