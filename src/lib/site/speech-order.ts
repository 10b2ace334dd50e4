/** The order the site lists speeches in: pure, so that it is tested without Astro. */

/** A speech's date as it sorts: 2020-11-12, or the year alone (2020 sorts before 2020-01-01); '' when undated. */
export function dateKey(data: { date?: string | undefined; year?: number | undefined }): string {
  return data.date ?? (data.year ? String(data.year) : '');
}

/** Code unit order (as Pagefind sorts its keys): negative when `a` comes first. */
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Two date keys newest first ('' for undated, last): negative when `a` comes first. */
export const newerFirst = (a: string, b: string) => codeUnits(b, a);

/** Newest first; undated speeches last; those of one date by source file name. */
export function newestFirst<T extends { data: { date?: string | undefined; year?: number | undefined; source: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => newerFirst(dateKey(a.data), dateKey(b.data)) || codeUnits(a.data.source, b.data.source));
}
