/**
 * A term through the years: the first text of the library that uses it, and
 * its uses per year. Pure: from the entry's uses and the speeches' dates.
 */
export interface DatedText {
  slug: string;
  date?: string | undefined;
  year?: number | undefined;
}

export interface Timeline<T extends DatedText> {
  /** The earliest dated text that uses the term, and the paragraph of its first use there. */
  first?: { text: T; paragraph: string };
  /** Every year from the library's first dated text to its last: uses of the term, and texts that use it. */
  years: Array<{ year: number; uses: number; texts: number }>;
  /** Uses in texts without a date: they are in no year. */
  undated: number;
}

const when = (t: DatedText) => t.date ?? (t.year ? String(t.year) : '');
const yearOf = (t: DatedText) => (t.date ? Number(t.date.slice(0, 4)) : t.year);

/** `uses` in the order of the text (per speech); `texts` every speech of the library, in the site's order. */
export function termTimeline<T extends DatedText>(uses: ReadonlyArray<{ speech: string; paragraph: string }>, texts: readonly T[]): Timeline<T> {
  const bySlug = new Map(texts.map((t) => [t.slug, t]));
  const firstUse = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const use of uses) {
    if (!firstUse.has(use.speech)) firstUse.set(use.speech, use.paragraph);
    counts.set(use.speech, (counts.get(use.speech) ?? 0) + 1);
  }
  const using = texts.filter((t) => counts.has(t.slug));
  const dated = using.filter((t) => when(t) !== '');
  // Earliest first; texts of one date keep the site's order.
  const earliest = dated.reduce<T | undefined>((best, t) => (best === undefined || when(t) < when(best) ? t : best), undefined);
  const libraryYears = texts.map(yearOf).filter((y): y is number => y !== undefined);
  const years: Timeline<T>['years'] = [];
  if (libraryYears.length) {
    for (let year = Math.min(...libraryYears); year <= Math.max(...libraryYears); year++) years.push({ year, uses: 0, texts: 0 });
    for (const t of dated) {
      const row = years[yearOf(t)! - years[0]!.year]!;
      row.uses += counts.get(t.slug)!;
      row.texts++;
    }
  }
  return {
    ...(earliest ? { first: { text: bySlug.get(earliest.slug)!, paragraph: firstUse.get(earliest.slug)! } } : {}),
    years,
    undated: using.filter((t) => when(t) === '').reduce((sum, t) => sum + counts.get(t.slug)!, 0),
  };
}
