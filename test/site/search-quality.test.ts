/**
 * Recall and precision of search over a list of queries, measured on the
 * search page as a reader uses it (its own script joins the parts, drops
 * metadata-only hits, ranks and pages): every page that holds the phrase
 * must be listed (recall), and every page listed must hold it (precision).
 * What a speech holds is read from its source file, not from the built site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, indexedPages } from '../helpers/dist.ts';
import { allResults, searchFor } from '../helpers/search-page.ts';
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

/** Each speech's address and the lines of its source file (content/speeches/), as an editor wrote them. */
function sourceLines(): Map<string, string[]> {
  const { speeches } = JSON.parse(readFileSync(path.join(DIST, 'api/speeches.json'), 'utf8')) as { speeches: Array<{ url: string; source: string }> };
  expect(speeches.length).toBeGreaterThan(0);
  return new Map(speeches.map((s) => [s.url.slice(1), readFileSync(path.join('content/speeches', s.source), 'utf8').split(/\r?\n/u)]));
}

const site = servedSite();

describe('search quality', () => {
  it('lists every page that holds each phrase, and only those, its excerpts marking the phrase', { timeout: 180_000 }, async () => {
    const speeches = sourceLines();
    // Entries are put together from several fields: what they hold is read from their built pages.
    const entries = [...indexedPages()].filter(([url]) => url.startsWith('glossary/'));
    const page = await searchFor('八项规定', { context: site.browser.context, url: site.server.url });
    const rows: string[] = [];
    let shown = 0;
    let holding = 0;
    for (const [query, mustAppear] of QUERIES) {
      await searchFor(query, page);
      const found = (await allResults(page)).map((p) => p.slice(1));
      // What the reader sees: each listed result's excerpt marks the phrase, and nothing else.
      const marks = await page
        .locator('[data-search-results] .search-result')
        .evaluateAll((items) => items.map((li) => [...li.querySelectorAll('.search-result__excerpt mark')].map((m) => m.textContent)));
      expect(marks.length, query).toBe(found.length - (await page.locator('.quick-term').count()));
      for (const [k, marked] of marks.entries()) expect(new Set(marked), `${query}, result ${k + 1}`).toEqual(new Set([query]));
      const truth = [
        ...entries.filter(([, blocks]) => blocks.some((b) => b.includes(query))).map(([url]) => url),
        ...[...speeches].filter(([, lines]) => lines.some((l) => l.includes(query))).map(([url]) => url),
      ];
      const precise = found.filter((url) => truth.includes(url));
      shown += found.length;
      holding += precise.length;
      rows.push(`${query.padEnd(8, '　')} pages ${String(truth.length).padStart(3)}  found ${String(found.length).padStart(3)}  holding ${String(precise.length).padStart(3)}`);
      expect(new Set(found).size, `${query}: one result per page`).toBe(found.length);
      expect([...found].sort(), `results for ${query}`).toEqual([...truth].sort());
      for (const url of mustAppear) expect(found, `${query} must find ${url}`).toContain(url);
    }
    rows.push(`precision (results that hold the phrase / results shown): ${holding}/${shown} = ${((100 * holding) / Math.max(1, shown)).toFixed(1)} %`);
    console.log(`search quality over ${QUERIES.length} queries\n${rows.join('\n')}`);
    await page.close();
  });
});
