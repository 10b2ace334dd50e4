/**
 * npm run bench:search — what search costs a reader, measured in Chromium
 * against the built site (dist/, built first if missing): bytes to start
 * search, bytes for a first query, query latency after start, index size.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launch } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';
import { pagefindQuery } from '../src/lib/search/tokens.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const FIRST_QUERY = '八项规定';
const QUERIES = ['四风', '三会一课', '星级管理', '网军', '丰县', '敬老院', '规定', '治党', '问责条例', '两个维护', '民主集中制', '一岗双责', '主题教育', '党支部', '清廉', '巡察', '党', '风四', '不存在的词语', '全面从严治党'];

if (!existsSync(path.join(DIST, 'pagefind'))) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const server = await serve(DIST);
const browser = await launch();
const page = await browser.context.newPage();
const sum = (from: number, filter: (p: string) => boolean = () => true) =>
  server.log.slice(from).filter((r) => filter(r.path)).reduce((n, r) => n + r.bytes, 0);

try {
  // 1. Open the search page: its HTML, CSS and script, then Pagefind starting up.
  await page.goto(`${server.url}search/`);
  for (let i = 0; i < 200 && !server.log.some((r) => r.path.endsWith('.pf_meta')); i++) await page.waitForTimeout(50);
  await page.waitForLoadState('networkidle');
  const pageBytes = sum(0, (p) => !p.includes('/pagefind/'));
  const startBytes = sum(0, (p) => p.includes('/pagefind/'));

  // 2. A first query, typed as a reader would, until its results are on the page.
  const before = server.log.length;
  await page.getByLabel('在全部讲话文稿和术语中搜索').fill(FIRST_QUERY);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /找到 \d+ 条结果|没有找到/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const firstQueryBytes = sum(before);
  const firstQueryFiles = server.log.length - before;

  // 3. Latency after start: search plus the data of the first 10 results, as the page shows them.
  const timings = (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${new URL(server.url).pathname}pagefind/pagefind.js`)});
    const queries = ${JSON.stringify(QUERIES.map((q) => pagefindQuery(q)))};
    const out = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        const t = performance.now();
        const search = await pagefind.search(q, { sort: { order: 'asc' } });
        await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        if (round > 0) out.push(performance.now() - t);
      }
    }
    return out;
  })()`)) as number[];
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)]!;
  const p95 = timings[Math.floor(timings.length * 0.95)]!;

  // 4. A phrase no page holds.
  const absent = (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${new URL(server.url).pathname}pagefind/pagefind.js`)});
    return (await pagefind.search(${JSON.stringify(pagefindQuery('风四'))})).results.length;
  })()`)) as number;

  const index = du(path.join(DIST, 'pagefind'));
  const fragments = readdirSync(path.join(DIST, 'pagefind', 'fragment')).length;
  const rows: Array<[string, string, string]> = [
    ['search page (HTML, CSS, JS)', kB(pageBytes), ''],
    ['bytes to start search', kB(startBytes), 'goal ≤ 150 kB'],
    [`first query (${FIRST_QUERY}, results shown)`, `${kB(firstQueryBytes)} in ${firstQueryFiles} files`, 'goal ≤ 72 kB'],
    ['query latency, median', `${median.toFixed(1)} ms`, 'goal ≤ 30 ms'],
    ['query latency, p95', `${p95.toFixed(1)} ms`, ''],
    ['results for 风四 (in no page)', String(absent), 'goal 0'],
    ['index on disk', `${kB(index.bytes)} in ${index.files} files (${fragments} sections)`, ''],
  ];
  console.log(`search benchmark: ${DIST}, ${timings.length} timed queries (${QUERIES.length} queries × 4 rounds after a warm-up), uncompressed bytes`);
  for (const [what, value, goal] of rows) console.log(`${what.padEnd(40)} ${value.padEnd(28)} ${goal}`);
} finally {
  await browser.close();
  await server.close();
}
