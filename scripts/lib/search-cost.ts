/**
 * What search costs a reader's browser on a built site: bytes to start
 * search, bytes for a first query shown on the search page, latency after
 * start, results for a phrase no page holds. Measured in Chromium.
 */
import { launch } from './chromium.ts';
import { serve } from './serve.ts';
import { pagefindQueries } from '../../src/lib/search/tokens.ts';

export interface SearchCost {
  pageBytes: number;
  startBytes: number;
  firstQueryBytes: number;
  firstQueryFiles: number;
  medianMs: number;
  p95Ms: number;
  /** Median of each query's first run, when its index chunks and result files are fetched. */
  firstRunMedianMs: number;
  timed: number;
  absentResults: number;
}

export const FIRST_QUERY = '八项规定';
export const QUERIES = ['四风', '三会一课', '星级管理', '网军', '丰县', '敬老院', '规定', '治党', '问责条例', '两个维护', '民主集中制', '一岗双责', '主题教育', '党支部', '清廉', '巡察', '党', '风四', '不存在的词语', '全面从严治党'];

export async function searchCost(dist: string): Promise<SearchCost> {
  const server = await serve(dist);
  const browser = await launch();
  const page = await browser.context.newPage();
  const sum = (from: number, filter: (p: string) => boolean = () => true) =>
    server.log.slice(from).filter((r) => filter(r.path)).reduce((n, r) => n + r.bytes, 0);
  const pagefindJs = JSON.stringify(`${new URL(server.url).pathname}pagefind/pagefind.js`);
  try {
    await page.goto(`${server.url}search/`);
    for (let i = 0; i < 200 && !server.log.some((r) => r.path.endsWith('.pf_meta')); i++) await page.waitForTimeout(50);
    await page.waitForLoadState('networkidle');
    const pageBytes = sum(0, (p) => !p.includes('/pagefind/'));
    const startBytes = sum(0, (p) => p.includes('/pagefind/'));

    const before = server.log.length;
    await page.getByLabel('在全部讲话文稿和术语中搜索').fill(FIRST_QUERY);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /找到 \d+ 条结果|没有找到/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const firstQueryBytes = sum(before);
    const firstQueryFiles = server.log.length - before;

    const runs = (await page.evaluate(`(async () => {
      const pagefind = await import(${pagefindJs});
      const queries = ${JSON.stringify(QUERIES.map((q) => pagefindQueries(q)[0]))};
      const docs = ${JSON.stringify(`${new URL(server.url).pathname}search/docs/`)};
      // Kept once fetched, as the search page keeps them.
      const files = new Map();
      const file = (url) => {
        if (!files.has(url)) files.set(url, fetch(url).then((r) => new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).json()));
        return files.get(url);
      };
      const out = [];
      for (let round = 0; round < 5; round++) {
        for (const q of queries) {
          const t = performance.now();
          const search = await pagefind.search(q, { sort: { order: 'asc' } });
          // What the search page fetches for the first ten results: each page's result file and the part of its hit.
          await Promise.all(search.results.slice(0, 10).map(async (r) => {
            const page = await file(docs + r.id + '.json.gz');
            const first = r.words.length ? Math.min(...r.words) : 0;
            let k = 0;
            while (k + 1 < page.parts.length && page.parts[k + 1] <= first) k++;
            await file(docs + r.id + '-' + k + '.json.gz');
          }));
          out.push([round, performance.now() - t]);
        }
      }
      return out;
    })()`)) as Array<[number, number]>;
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const firstRuns = runs.filter(([round]) => round === 0).map(([, ms]) => ms);
    const timings = runs.filter(([round]) => round > 0).map(([, ms]) => ms).sort((a, b) => a - b);
    const absentResults = (await page.evaluate(`(async () => {
      const pagefind = await import(${pagefindJs});
      return (await pagefind.search(${JSON.stringify(pagefindQueries('风四')[0])})).results.length;
    })()`)) as number;
    return {
      pageBytes,
      startBytes,
      firstQueryBytes,
      firstQueryFiles,
      medianMs: median(timings),
      firstRunMedianMs: median(firstRuns),
      p95Ms: timings[Math.floor(timings.length * 0.95)]!,
      timed: timings.length,
      absentResults,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
