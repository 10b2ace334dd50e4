/**
 * What search costs a reader's browser on a built site: bytes to start
 * search, bytes for a first query shown on the search page, latency after
 * start, results for a phrase no page holds. Measured in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from './chromium.ts';
import { serve, type SiteServer } from './serve.ts';
import { BUNDLE_LIST } from '../../src/lib/search/bundles.ts';
import { pagefindQueries } from '../../src/lib/search/tokens.ts';
import type { Page } from 'playwright-core';

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

/** The terms always measured besides the most frequent: long, and in nearly every party text. */
export const NAMED_TERMS = ['全面从严治党', '中国共产党', '习近平新时代中国特色社会主义思想'];

/**
 * The `n` glossary terms used most in the speeches of a built site (each
 * entry counted by its most used form, in the speech sources of `speeches`),
 * as their entries name them.
 */
export function frequentTerms(dist: string, speeches: string, n = 5): Array<{ term: string; uses: number }> {
  const terms = (JSON.parse(readFileSync(path.join(dist, 'api/terms.json'), 'utf8')) as { terms: Array<{ term: string; forms: string[] }> }).terms;
  const text = readdirSync(speeches)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => readFileSync(path.join(speeches, f), 'utf8'))
    .join('\n');
  const count = (form: string) => {
    let uses = 0;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) uses++;
    return uses;
  };
  return terms
    .map(({ term, forms }) => ({ term, uses: Math.max(...forms.map(count)) }))
    .sort((a, b) => b.uses - a.uses)
    .slice(0, n);
}

/** A file that starting search fetches: Pagefind's script, WebAssembly and metadata, in every bundle, and the list of bundles. */
const isSearchStart = (file: string) => /\/pagefind(-\d+)?\//u.test(file) || file.endsWith(BUNDLE_LIST);

/** Types a query on a search page whose search has started, and waits for its answer and every file it fetches. */
async function firstSearch(page: Page, query: string): Promise<void> {
  await page.getByLabel('在全部讲话文稿和术语中搜索').fill(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /找到 \d+ 条结果|没有找到/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
}

/** Opens the search page with the browser's cache off, and waits until search has started (Pagefind's metadata loaded). */
async function startSearch(page: Page, server: SiteServer, dist: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const from = server.log.length;
  await page.goto(`${server.url}search/`);
  // The metadata of every bundle of the index (bundles.ts): the first, and those the list names.
  const bundles = 1 + (JSON.parse(readFileSync(path.join(dist, BUNDLE_LIST), 'utf8')) as string[]).length;
  for (let i = 0; i < 400 && server.log.slice(from).filter((r) => r.path.endsWith('.pf_meta')).length < bundles; i++) await page.waitForTimeout(50);
  await page.waitForLoadState('networkidle');
}

/**
 * The bytes a reader's first search for each query transfers (index chunks,
 * and the result files of the first ten results), each on a fresh search page
 * with nothing cached, after search has started.
 */
export async function firstSearchBytes(dist: string, queries: readonly string[]): Promise<Map<string, number>> {
  const server = await serve(dist);
  const browser = await launch();
  const out = new Map<string, number>();
  try {
    for (const query of queries) {
      const page = await browser.context.newPage();
      await startSearch(page, server, dist);
      const from = server.log.length;
      await firstSearch(page, query);
      out.set(query, server.log.slice(from).reduce((n, r) => n + r.bytes, 0));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export async function searchCost(dist: string): Promise<SearchCost> {
  const server = await serve(dist);
  const browser = await launch();
  const page = await browser.context.newPage();
  const sum = (from: number, filter: (p: string) => boolean = () => true) =>
    server.log.slice(from).filter((r) => filter(r.path)).reduce((n, r) => n + r.bytes, 0);
  const pagefindJs = JSON.stringify(`${new URL(server.url).pathname}pagefind/pagefind.js`);
  try {
    await startSearch(page, server, dist);
    const pageBytes = sum(0, (p) => !isSearchStart(p));
    const startBytes = sum(0, isSearchStart);

    const before = server.log.length;
    await firstSearch(page, FIRST_QUERY);
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
