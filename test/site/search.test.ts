/** A reader searching in the browser, offline: what they type, what they see, where the results take them. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { diskUsage } from '../../scripts/lib/disk.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

/** Type a query on the search page and wait for its answer. */
async function searchFor(query: string, page?: Page): Promise<Page> {
  const p = page ?? (await site.browser.context.newPage());
  if (!page) await p.goto(`${site.server.url}search/`);
  await p.getByLabel('在全部讲话文稿和术语中搜索').fill(query);
  await p.keyboard.press('Enter');
  await expect.poll(() => p.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/找到 \d+ 条结果|没有找到/u);
  return p;
}
const titles = (p: Page) => p.locator('.search-result__title').allTextContents();

describe('search', () => {
  // First, while the browser's cache is empty.
  it('downloads only the few index chunks its characters are in, not the whole index', async () => {
    const from = site.server.log.length;
    const page = await searchFor('八项规定');
    const fetched = site.server.log.slice(from).filter((r) => r.path.includes('/pagefind/index/'));
    const whole = diskUsage(path.join(DIST, 'pagefind/index'));
    expect(fetched.length).toBeGreaterThan(0);
    // One chunk per character at most, and the chunk of the word that ends every record (its length, for ranking).
    expect(fetched.length).toBeLessThanOrEqual(5);
    expect(fetched.reduce((n, r) => n + r.bytes, 0)).toBeLessThan(whole.bytes / 5);
    await page.close();
  });

  it('answers a term with its glossary entry first', async () => {
    const page = await searchFor('八项规定');
    const quick = page.locator('.quick-term');
    expect(await quick.locator('a').textContent()).toBe('八项规定');
    expect(await quick.locator('a').getAttribute('href')).toMatch(/\/glossary\/baxiang-guiding\/\?hl=/u);
    expect(await page.getByRole('status').textContent()).toMatch(/^“八项规定”：找到 \d+ 条结果。$/u);
    // The card is the entry's one appearance: no result below it leads to the same entry.
    const links = await page.locator('.search-result__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((p) => p.endsWith('/glossary/baxiang-guiding/'))).toEqual([]);
    await page.close();
  });

  it('quotes a quoted query once in the status line', async () => {
    const page = await searchFor('“四个意识”');
    expect(await page.getByRole('status').textContent()).toMatch(/^“四个意识”：找到 \d+ 条结果。$/u);
    await page.close();
  });

  it('offers the entry for an alias too', async () => {
    const page = await searchFor('《问责条例》');
    expect(await page.locator('.quick-term a').textContent()).toBe('中国共产党问责条例');
    await page.close();
  });

  it('finds a substring inside longer words, with the hit highlighted in the excerpt', async () => {
    const page = await searchFor('治党');
    expect((await titles(page)).length).toBeGreaterThanOrEqual(10);
    const marks = await page.locator('.search-result__excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['治党']));
    await page.close();
  });

  it('finds a place name in the one speech that has it, and only there', async () => {
    const page = await searchFor('丰县');
    const links = await page.locator('.search-result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[0]));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(['/speeches/shi-chuli-fenfa-duxing-budai/']));
    await page.close();
  });

  it('finds what holds every part of a query of several words', async () => {
    const count = async (query: string) => {
      await searchFor(query, page);
      return Number(/找到 (\d+) 条/u.exec((await page.getByRole('status').textContent())!)![1]);
    };
    const page = await searchFor('八项规定 民主集中制');
    const both = Number(/找到 (\d+) 条/u.exec((await page.getByRole('status').textContent())!)![1]);
    const excerpts = await page.locator('.search-result__excerpt').allTextContents();
    expect(both).toBeGreaterThan(0);
    expect(excerpts.length).toBe(Math.min(both, 10));
    // Fewer than either word alone: every result holds both.
    expect(both).toBeLessThan(await count('八项规定'));
    expect(both).toBeLessThan(await count('民主集中制'));
    await page.close();
  });

  it('says so kindly when no page has the phrase, though each character is somewhere', async () => {
    const page = await searchFor('风四');
    expect(await page.getByRole('status').textContent()).toBe('没有找到包含“风四”的内容。请检查有无错别字，或换一个较短的词语。');
    expect(await titles(page)).toEqual([]);
    await page.close();
  });

  it('narrows results with a filter, kept in the address', async () => {
    const page = await searchFor('四风');
    const all = await page.locator('.search-result').count();
    await page.getByText('按类型、年份、层级或术语分类筛选').click();
    await page.getByRole('checkbox', { name: '术语', exact: true }).check();
    await expect.poll(async () => (await page.locator('.search-result__kind').allTextContents()).every((k) => k.startsWith('术语'))).toBe(true);
    expect(await page.locator('.search-result').count()).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.getAll('类型')).toEqual(['术语']);
    // Levels in their own order (市 before 区), not by pinyin (qu before shi).
    const levels = await page.locator('.search-filters__group', { hasText: '层级' }).locator('label').allTextContents();
    expect(levels).toContain('市');
    expect(levels.indexOf('市')).toBeLessThan(levels.indexOf('区'));
    await page.close();
  });

  it('sorts by time, newest first, on request, and keeps the order in the address', async () => {
    const page = await searchFor('全面从严治党');
    const relevance = await titles(page);
    await page.getByRole('radio', { name: '按时间' }).check();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/按时间从新到旧排列。$/u);
    expect(new URL(page.url()).searchParams.get('排序')).toBe('时间');
    const facts = await page.locator('.search-result__kind').allTextContents();
    // The seeds dated 2020 first, then the undated speeches and the entries.
    expect(facts[0]).toMatch(/2020年/u);
    const years = facts.map((f) => /(\d{4})年/u.exec(f)?.[1] ?? '0000');
    expect(years).toEqual([...years].sort().reverse());
    expect(await titles(page)).not.toEqual(relevance);
    // A shared link opens the same order.
    const shared = await site.browser.context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.getByRole('status').textContent()).toMatch(/按时间从新到旧排列。$/u);
    expect(await shared.getByRole('radio', { name: '按时间' }).isChecked()).toBe(true);
    expect(await titles(shared)).toEqual(await titles(page));
    await shared.close();
    await page.close();
  });

  it('keeps the query in the address: a shared link opens the same results, and Back restores the last', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('三会一课')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^“三会一课”：找到/u);
    await searchFor('网军', page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('网军');
    await page.goBack();
    await expect.poll(() => page.getByLabel('在全部讲话文稿和术语中搜索').inputValue()).toBe('三会一课');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^“三会一课”：找到/u);
    await page.close();
  });

  it('gives a speech that matches many times one result, its other sections folded under it and each a deep link', async () => {
    const page = await searchFor('党支部');
    const speech = page.locator('.search-result', { has: page.locator('.search-result__title', { hasText: '党建引领显担当强保障' }) });
    expect(await speech.count()).toBe(1);
    expect(await speech.locator('.search-result__hits').textContent()).toMatch(/^\d+ 处$/u);
    const fold = speech.locator('details.search-result__more');
    const n = Number(/本篇还有 (\d+) 处/u.exec((await fold.locator('summary').textContent())!)![1]);
    expect(n).toBeGreaterThan(1);
    await fold.locator('summary').click();
    const links = fold.locator('a');
    expect(await links.count()).toBe(n);
    const last = links.last();
    const heading = (await last.textContent())!;
    await last.click();
    await page.waitForURL(/#/u);
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`#${section}`).textContent()).toContain(heading);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens a result at its section, with the phrase highlighted there', async () => {
    const page = await searchFor('星级管理');
    const link = page.locator('.search-result__title').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/\/speeches\/[a-z0-9-]+\/\?hl=.+#(sec-[0-9-]+|p\d+)$/u);
    await link.click();
    await page.waitForURL(/#/u);
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.search-hit').first().textContent()).toBe('星级管理');
    expect(await page.locator(`#${section}`).count()).toBe(1);
    await page.close();
  });

  it('works from the keyboard alone: / to the search box, Enter to search, Tab to a result', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}speeches/sheng-dangjian-yinling-2020/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('三会一课');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^“三会一课”：找到/u);
    let focused = '';
    for (let i = 0; i < 40 && !focused.includes('search-result__title'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('search-result__title');
    await page.close();
  });

  it('asks the reader to reload when the site was rebuilt under the page (its result files gone)', async () => {
    const page = await site.browser.context.newPage();
    await page.route('**/search/docs/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${site.server.url}search/`);
    await page.getByLabel('在全部讲话文稿和术语中搜索').fill('四风');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('搜索索引已更新，请刷新页面后重新搜索。');
    await page.close();
  });

  it('never asks another host for anything', () => {
    const foreign = site.browser.requests.filter((url) => !url.startsWith(site.server.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(site.browser.requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });
});
