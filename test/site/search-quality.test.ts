/**
 * Recall and precision of search over a list of queries, measured in the
 * browser with the site's own query form: every page that holds the phrase
 * must be found (recall), and every page found must hold it (precision).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { excerpt, partAt } from '../../src/lib/search/excerpt.ts';
import type { ResultPage, ResultPart } from '../../src/lib/search/records.ts';
import { BUNDLE_LIST } from '../../src/lib/search/bundles.ts';
import { pagefindQueries } from '../../src/lib/search/tokens.ts';
import { DIST, readPage, select, selectAll, text } from '../helpers/dist.ts';
import { servedSite } from '../helpers/site.ts';

/** Queries, with pages that must be among the results (speech slugs and glossary entries). */
const QUERIES: Array<[string, string[]]> = [
  ['八项规定', ['glossary/baxiang-guiding/', 'speeches/sheng-dangjian-yinling-2020/', 'speeches/ju-congyan-zhidang-huiyi/', 'speeches/qu-congyan-zhidang-cuoshi/', 'speeches/shi-chuli-fenfa-duxing-budai/']],
  ['四风', ['glossary/sifeng/', 'speeches/xian-congyan-zhidang-huiyi-2020/']],
  ['星级管理', ['speeches/sheng-dangjian-yinling-2020/']],
  ['三会一课', ['glossary/sanhui-yike/', 'speeches/xian-congyan-zhidang-huiyi-2020/', 'speeches/qu-congyan-zhidang-cuoshi/', 'speeches/shi-chuli-fenfa-duxing-budai/']],
  ['网军', ['speeches/sheng-dangjian-yinling-2020/']],
  ['丰县', ['speeches/shi-chuli-fenfa-duxing-budai/']],
  ['敬老院', ['speeches/shi-chuli-fenfa-duxing-budai/']],
  ['规定', ['glossary/baxiang-guiding/', 'speeches/qu-congyan-zhidang-cuoshi/']],
  ['治党', ['glossary/quanmian-congyan-zhidang/', 'speeches/ju-congyan-zhidang-huiyi/']],
  ['问责条例', ['glossary/wenze-tiaoli/', 'speeches/qu-congyan-zhidang-cuoshi/']],
  ['两个维护', ['glossary/liangge-weihu/', 'speeches/xian-congyan-zhidang-huiyi-2020/']],
  ['民主集中制', ['glossary/minzhu-jizhongzhi/', 'speeches/xian-congyan-zhidang-huiyi-2020/']],
  ['一岗双责', ['glossary/yigang-shuangze/', 'speeches/ju-congyan-zhidang-huiyi/']],
  ['主题教育', ['speeches/sheng-dangjian-yinling-2020/']],
  ['党支部', ['speeches/sheng-dangjian-yinling-2020/']],
  ['清廉', ['speeches/sheng-dangjian-yinling-2020/']],
  ['X', ['speeches/sheng-dangjian-yinling-2020/']],
  ['风四', []],
  ['不存在的词语', []],
];

/** Pages in the index, and the text of each block of their main content. */
function indexedPages(): Map<string, string[]> {
  const read = (api: string, key: string) =>
    (JSON.parse(readFileSync(path.join(DIST, 'api', api), 'utf8')) as Record<string, Array<{ url: string }>>)[key]!.map((x) => x.url.slice(1));
  const pages = new Map<string, string[]>();
  for (const url of [...read('terms.json', 'terms'), ...read('speeches.json', 'speeches')]) {
    const body = select('[data-pagefind-body]', readPage(url))!;
    const ignored = new Set(selectAll('[data-pagefind-ignore] *, [data-pagefind-ignore], nav *', body));
    const blocks = selectAll('p, h1, h2, h3, h4, h5, h6, li, dt, dd', body).filter((el: Element) => !ignored.has(el));
    pages.set(url, blocks.map((b) => text(b)));
  }
  return pages;
}

const site = servedSite();

/** A result file the search page would fetch. */
const resultFile = <T>(name: string): T => JSON.parse(gunzipSync(readFileSync(path.join(DIST, 'search/docs', `${name}.json.gz`))).toString('utf8')) as T;

describe('search quality', () => {
  it('finds every page that holds each phrase, and only those', { timeout: 120_000 }, async () => {
    const pages = indexedPages();
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}search/`);
    const rows: string[] = [];
    let shown = 0;
    let holding = 0;
    for (const [query, mustAppear] of QUERIES) {
      // A string, not a function: the test runner would rewrite a function's import().
      const results = (await page.evaluate(`(async () => {
        const base = ${JSON.stringify(new URL(site.server.url).pathname)};
        const pagefind = await import(base + 'pagefind/pagefind.js');
        await pagefind.init();
        // Every bundle of the index, as the search page merges them.
        for (const path of await (await fetch(base + ${JSON.stringify(BUNDLE_LIST)})).json()) await pagefind.mergeIndex(base + path);
        const search = await pagefind.search(${JSON.stringify(pagefindQueries(query)[0] ?? '')}, { sort: { order: 'asc' } });
        return search.results.map((r) => ({ id: r.id, words: r.words }));
      })()`)) as Array<{ id: string; words: number[] }>;
      const shownAs = results.map(({ id, words }) => {
        const doc = resultFile<ResultPage>(id);
        return { url: doc.url, marked: excerpt(resultFile<ResultPart>(`${id}-${partAt(doc, Math.min(...words))}`), words).filter((s) => s.hit).map((s) => s.text) };
      });
      // What the reader sees: each result's excerpt marks the phrase (wherever it is in the excerpt), and nothing else.
      for (const { url, marked } of shownAs) expect(new Set(marked), `${query} in ${url}`).toEqual(new Set([query]));
      const foundPages = new Set(shownAs.map((r) => r.url.slice(1)));
      const truth = [...pages].filter(([, blocks]) => blocks.some((b) => b.includes(query))).map(([url]) => url);
      const precise = [...foundPages].filter((url) => truth.includes(url));
      shown += foundPages.size;
      holding += precise.length;
      rows.push(`${query.padEnd(8, '　')} pages ${String(truth.length).padStart(3)}  found ${String(foundPages.size).padStart(3)}  holding ${String(precise.length).padStart(3)}`);
      expect([...foundPages].sort(), `results for ${query}`).toEqual([...truth].sort());
      for (const url of mustAppear) expect(foundPages, `${query} must find ${url}`).toContain(url);
    }
    rows.push(`precision (results that hold the phrase / results shown): ${holding}/${shown} = ${((100 * holding) / Math.max(1, shown)).toFixed(1)} %`);
    console.log(`search quality over ${QUERIES.length} queries\n${rows.join('\n')}`);
    await page.close();
  });
});
