/**
 * An index in several bundles (bundles.ts) searched as one: how pages are
 * split, and that a search over the merged bundles finds and orders what a
 * search over one index does (run.ts against test/helpers/pagefind-stand-in.ts,
 * merged as Pagefind's mergeIndex merges).
 */
import { describe, expect, it } from 'vitest';
import { bundlePages, planBundles, type BundlePage } from '../../src/lib/search/bundles.ts';
import { BUNDLE_FILTER, runSearch } from '../../src/lib/search/run.ts';
import { merged, standIn } from '../helpers/pagefind-stand-in.ts';

const filler = (n: number) => '坚持以人民为中心的发展思想，推动高质量发展。'.repeat(n);
const html = (title: string, body: string, date?: string) => ({
  html: `<main data-pagefind-body>${date ? `<span data-pagefind-sort="date:${date}"></span>` : ''}<h1>${title}</h1><p>${body}</p></main>`,
});

/** Entries first, then speeches in file order, as the site lists them. */
const PAGES: Array<BundlePage & { html: string }> = [
  { url: 'baxiang', entry: true, ...html('八项规定', `八项规定是中共中央政治局关于改进工作作风、密切联系群众的规定。${filler(1)}`) },
  { url: 'sifeng', entry: true, ...html('四风', `形式主义、官僚主义、享乐主义和奢靡之风，违反八项规定精神。${filler(1)}`) },
  { url: 'a-2019', entry: false, date: '2019-05-01', ...html('在2019年会议上的讲话', `${filler(5)}落实八项规定精神。${filler(5)}`, '2019-05-01') },
  { url: 'b-2024', entry: false, date: '2024-03-05', ...html('在2024年会议上的讲话', `${filler(30)}八项规定。${filler(30)}`, '2024-03-05') },
  { url: 'c-undated', entry: false, ...html('无日期的讲话', `八项规定精神要落实。八项规定不是一阵风。${filler(2)}`) },
  { url: 'd-2021', entry: false, date: '2021', ...html('在2021年会议上的讲话', `${filler(10)}八项规定精神。八项规定。${filler(10)}`, '2021') },
  { url: 'e-2021', entry: false, date: '2021-09-06', ...html('作风建设问答', `八项规定精神是什么？落实八项规定精神要从小事做起。${filler(3)}`, '2021-09-06') },
];

/** The pages as one index, and as the bundles of the plan, merged (bundle k carrying its number as a filter). */
function indexes(maxPages: number) {
  const byUrl = new Map(PAGES.map((p) => [p.url, p]));
  const bundles = planBundles(PAGES, maxPages);
  const one = standIn(Object.fromEntries(PAGES.map((p) => [p.url, p])));
  const parts = bundles.map((b, k) => standIn(Object.fromEntries(b.urls.map((u) => [u, byUrl.get(u)!])), { [BUNDLE_FILTER]: String(k) }));
  return { bundles, one, all: merged(parts) };
}

describe('splitting the index into bundles', () => {
  it('keeps a library that fits in one bundle, in site order', () => {
    expect(planBundles(PAGES, 7)).toEqual([{ path: 'pagefind/', urls: PAGES.map((p) => p.url) }]);
  });

  it('puts the speeches newest first (undated last) and the entries after them, a bundle at most so large', () => {
    expect(planBundles(PAGES, 2)).toEqual([
      { path: 'pagefind/', urls: ['b-2024', 'e-2021'] },
      { path: 'pagefind-1/', urls: ['d-2021', 'a-2019'] },
      { path: 'pagefind-2/', urls: ['c-undated'] },
      { path: 'pagefind-3/', urls: ['baxiang', 'sifeng'] },
    ]);
  });

  it('reads the configured bundle size, and names the setting when it is not a number of pages', () => {
    expect(bundlePages({})).toBe(1500);
    expect(bundlePages({ PKB_SEARCH_BUNDLE_PAGES: '400' })).toBe(400);
    expect(() => bundlePages({ PKB_SEARCH_BUNDLE_PAGES: '1e3x' })).toThrow(/PKB_SEARCH_BUNDLE_PAGES.*1e3x/u);
  });
});

describe('searching the bundles as one', () => {
  it('finds the same pages in the same order by relevance as one index does', async () => {
    const { one, all, bundles } = indexes(2);
    const single = (await runSearch(one, '八项规定', 'relevance'))!;
    const split = (await runSearch(all, '八项规定', 'relevance', {}, bundles.length))!;
    expect(split.found.map((f) => f.id)).toEqual(single.found.map((f) => f.id));
    expect(split.found.map((f) => f.id).slice(0, 2)).toEqual(['baxiang', 'c-undated']);
  });

  it('sorts newest first across the bundles, with the undated speech and the entries last', async () => {
    const { one, all, bundles } = indexes(2);
    const newest = ['b-2024', 'e-2021', 'd-2021', 'a-2019'];
    expect((await runSearch(one, '八项规定', 'date'))!.found.map((f) => f.id).slice(0, 4)).toEqual(newest);
    const split = (await runSearch(all, '八项规定', 'date', {}, bundles.length))!.found.map((f) => f.id);
    expect(split).toEqual([...newest, 'c-undated', 'baxiang', 'sifeng']);
  });
});
