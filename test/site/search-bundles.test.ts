/**
 * A library too big for one index build: the index step splits it into
 * bundles (PKB_SEARCH_BUNDLE_PAGES pages each, src/lib/search/bundles.ts) and
 * the search page searches them as one with Pagefind's mergeIndex. Here the
 * built seeds are indexed again in bundles of 60 pages, each bundle by a
 * separate run on its own copy of the site, and a reader searching the site
 * put together from them sees what they see on the site indexed whole.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from '../../scripts/lib/chromium.ts';
import { serve, type SiteServer } from '../../scripts/lib/serve.ts';
import { BUNDLE_LIST, bundleFolder, isBundleFolder } from '../../src/lib/search/bundles.ts';
import { DIST } from '../helpers/dist.ts';

const BUNDLES = 7;
const index = (dir: string, ...args: string[]) =>
  execFileSync(process.execPath, ['scripts/index-search.ts', dir, ...args], { env: { ...process.env, PKB_SEARCH_BUNDLE_PAGES: '60' }, stdio: 'pipe' });
/** A copy of the built site, without its search index. */
function siteCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkb-bundles-'));
  cpSync(DIST, dir, { recursive: true });
  for (const name of readdirSync(dir).filter(isBundleFolder)) rmSync(path.join(dir, name), { recursive: true });
  rmSync(path.join(dir, 'search/docs'), { recursive: true });
  return dir;
}

const sites = {} as { whole: SiteServer; split: SiteServer; browser: Browser; dir: string; jobs: string[] };
beforeAll(async () => {
  // Each bundle built by a job of its own, on its own copy of the site (as on separate machines),
  // and the jobs' bundle folders and result files copied into one site.
  sites.jobs = Array.from({ length: BUNDLES }, (_, k) => {
    const job = siteCopy();
    index(job, '--bundle', String(k));
    return job;
  });
  sites.dir = siteCopy();
  for (const [k, job] of sites.jobs.entries()) {
    const bundle = bundleFolder(k);
    expect(readdirSync(job).filter(isBundleFolder), `job ${k}`).toEqual([bundle]);
    cpSync(path.join(job, bundle), path.join(sites.dir, bundle), { recursive: true });
    cpSync(path.join(job, 'search/docs'), path.join(sites.dir, 'search/docs'), { recursive: true });
    cpSync(path.join(job, BUNDLE_LIST), path.join(sites.dir, BUNDLE_LIST));
  }
  sites.whole = await serve(DIST);
  sites.split = await serve(sites.dir);
  sites.browser = await launch();
}, 120_000);
afterAll(async () => {
  await sites.browser?.close();
  await sites.whole?.close();
  await sites.split?.close();
  for (const dir of [sites.dir, ...(sites.jobs ?? [])]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a reader sees for a query: the answer card, the status line, and each result's facts and title. */
async function seen(server: SiteServer, query: string, order?: string): Promise<{ card: string | null; status: string; results: string[] }> {
  const page: Page = await sites.browser.context.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}${order ? `&排序=${encodeURIComponent(order)}` : ''}`);
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 条结果|没有找到/u);
  const results = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => `${item.querySelector('.search-result__kind')?.textContent ?? ''} | ${item.querySelector('.search-result__title')?.textContent ?? ''}`),
  );
  const card = await page.locator('.quick-term a').first().textContent({ timeout: 1000 }).catch(() => null);
  const status = (await page.getByRole('status').textContent()) ?? '';
  await page.close();
  return { card, status, results };
}

describe('an index built in bundles', () => {
  it('names the bundle a job is asked for that the library does not have', () => {
    expect(() => index(sites.jobs[0]!, '--bundle', String(BUNDLES))).toThrow(/--bundle 7: the library makes 7 bundle\(s\), numbered 0 to 6/u);
  });

  it('is written as several bundles, listed for the search page, only the first serving Pagefind’s script', () => {
    const listed = JSON.parse(readFileSync(path.join(sites.dir, BUNDLE_LIST), 'utf8')) as string[];
    // 5 speeches and 319 entries, 60 pages a bundle: the speeches, then the entries in six.
    expect(listed).toEqual(['pagefind-1/', 'pagefind-2/', 'pagefind-3/', 'pagefind-4/', 'pagefind-5/', 'pagefind-6/']);
    for (const bundle of listed) {
      expect(existsSync(path.join(sites.dir, bundle, 'pagefind-entry.json')), bundle).toBe(true);
      expect(readdirSync(path.join(sites.dir, bundle)).filter((f) => f.endsWith('.js') || f.startsWith('wasm.')), bundle).toEqual([]);
    }
    expect(JSON.parse(readFileSync(path.join(DIST, BUNDLE_LIST), 'utf8'))).toEqual([]);
  });

  it('answers each query as the whole index does: the same card, count and results in the same order', { timeout: 120_000 }, async () => {
    for (const query of ['八项规定', '全面从严治党', '民主集中制', '党支部', '四风 形式主义']) {
      const whole = await seen(sites.whole, query);
      expect(whole.results.length, query).toBeGreaterThan(0);
      expect(await seen(sites.split, query), query).toEqual(whole);
    }
    expect((await seen(sites.split, '八项规定')).card).toBe('八项规定');
  });

  it('sorts newest first across the bundles, the entries after every speech', { timeout: 60_000 }, async () => {
    const { results } = await seen(sites.split, '全面从严治党', '时间');
    const kinds = results.map((r) => (r.startsWith('术语') ? '术语' : '讲话'));
    expect(kinds.indexOf('术语')).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf('术语')).every((k) => k === '术语')).toBe(true);
    const years = results.map((r) => /(\d{4})年/u.exec(r)?.[1] ?? '0000');
    expect(years).toEqual([...years].sort().reverse());
    expect(results.slice(0, 2)).toEqual((await seen(sites.whole, '全面从严治党', '时间')).results.slice(0, 2));
  });
});
