/**
 * How the search index is split into Pagefind bundles, each built by its own
 * Pagefind process and searched as one with `mergeIndex` (docs/search-at-scale.md).
 * Pagefind holds a whole index in memory while it builds it, 1.8 GB for 1000
 * speeches: a library of 10,000 is indexed a bundle at a time instead.
 *
 * The search page merges the bundles' results in the order of the list
 * (Pagefind keeps each bundle's own order where their scores tie, as every
 * exact hit's does): speeches newest first, a bundle per range of dates, and
 * the glossary entries last. Sorting by date across bundles is then the
 * bundles' order, and the ranking by relevance is the page's own (rank.ts).
 *
 * Used by the index step (Node) and, for the list's file name, by the search page.
 */
import { newerFirst } from '../site/speech-order.ts';
/** The folder of bundle k under the site's base: pagefind for the first, pagefind-1, pagefind-2 … after it. */
export const bundleFolder = (k: number) => (k === 0 ? 'pagefind' : `pagefind-${k}`);

/** Whether a folder of the built site is a bundle of the search index. */
export const isBundleFolder = (name: string) => /^pagefind(-\d+)?$/u.test(name);

/** Pages per bundle unless configured (PKB_SEARCH_BUNDLE_PAGES): a site of 1000 speeches is one bundle. */
export const BUNDLE_PAGES = 1500;

/** The list of the bundles after the first, written by the index step and read by the search page. */
export const BUNDLE_LIST = 'search/bundles.json';

/** What the plan needs of a page. */
export interface BundlePage {
  url: string;
  /** A glossary entry (not a speech). */
  entry: boolean;
  /** Its date sort key (2020-11-12, or the year alone); none for an entry. */
  date?: string;
}

export interface Bundle {
  /** The bundle's folder under the site's base: pagefind/ for the first, which serves pagefind.js. */
  path: string;
  urls: string[];
}

/**
 * The bundles for the pages, each of at most `maxPages` pages (at least one):
 * all pages in one bundle when they fit, in their site order; otherwise the
 * speeches newest first (undated last, those of one date in site order), then the entries.
 */
export function planBundles(pages: readonly BundlePage[], maxPages: number): Bundle[] {
  const size = Math.max(1, Math.floor(maxPages));
  const path = (k: number) => `${bundleFolder(k)}/`;
  if (pages.length <= size) return [{ path: path(0), urls: pages.map((p) => p.url) }];
  const speeches = pages
    .filter((p) => !p.entry)
    .map((p, order) => ({ p, order }))
    .sort((a, b) => newerFirst(a.p.date ?? '', b.p.date ?? '') || a.order - b.order)
    .map(({ p }) => p.url);
  const entries = pages.filter((p) => p.entry).map((p) => p.url);
  const chunks = (urls: string[]) => Array.from({ length: Math.ceil(urls.length / size) }, (_, k) => urls.slice(k * size, (k + 1) * size));
  return [...chunks(speeches), ...chunks(entries)].map((urls, k) => ({ path: path(k), urls }));
}

/** The bundle size configured for the build (PKB_SEARCH_BUNDLE_PAGES), or BUNDLE_PAGES. */
export function bundlePages(env: Readonly<Record<string, string | undefined>>): number {
  const value = env.PKB_SEARCH_BUNDLE_PAGES;
  if (value === undefined || value === '') return BUNDLE_PAGES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PKB_SEARCH_BUNDLE_PAGES must be a whole number of pages, at least 1 (it is "${value}")`);
  return n;
}
