/** A reader searching in the browser, offline: what they type, what they see, where the results take them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, indexedPages } from '../helpers/dist.ts';
import { diskUsage } from '../../scripts/lib/disk.ts';
import { allResults, announced, resultPaths, SEARCH_BOX, searchFor as searchOn, status } from '../helpers/search-page.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

/** Type a query on the search page (a new one unless `page` is given) and wait for its answer. */
const searchFor = (query: string, page?: Page): Promise<Page> => searchOn(query, page ?? { context: site.browser.context, url: site.server.url });
const titles = (p: Page) => p.locator('.search-result__title').allTextContents();

/** The indexed pages (as /path/) whose text holds every one of `parts`, each within one block. */
function holding(...parts: string[]): string[] {
  return [...indexedPages()].filter(([, blocks]) => parts.every((part) => blocks.some((b) => b.includes(part)))).map(([url]) => `/${url}`);
}

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
    // First: above the list of results, on the first screen.
    const card = (await quick.boundingBox())!;
    const first = (await page.locator('.search-result').first().boundingBox())!;
    expect(card.y + card.height).toBeLessThanOrEqual(first.y);
    expect(card.y).toBeLessThan(page.viewportSize()!.height);
    expect(await quick.evaluate((q) => q.compareDocumentPosition(document.querySelector('.search-result')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
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

  it('finds what holds every part of a query of several words, and only that', async () => {
    const page = await searchFor('八项规定 民主集中制');
    const both = holding('八项规定', '民主集中制');
    expect(both.length).toBeGreaterThan(1);
    expect(await announced(page)).toBe(both.length);
    expect((await allResults(page)).sort()).toEqual(both.sort());
    // Fewer than either word alone.
    expect(both.length).toBeLessThan(holding('八项规定').length);
    expect(both.length).toBeLessThan(holding('民主集中制').length);
    await page.close();
  });

  it('says so kindly when no page has the phrase, though each character is somewhere, and lists those pages on request', async () => {
    const page = await searchFor('风四');
    expect(await status(page)).toBe('没有找到包含“风四”的内容。请检查有无错别字，或换一个较短的词语。');
    expect(await titles(page)).toEqual([]);
    const scattered = holding('风', '四');
    expect(scattered.length).toBeGreaterThan(10);
    const note = page.locator('.search-scattered');
    expect(await note.textContent()).toBe(`另有 ${scattered.length} 条结果含有“风四”中的每个字，但这些字不相连。 显示这些结果`);
    await note.getByRole('button', { name: '显示这些结果' }).click();
    const listed = page.locator('.search-results--scattered .search-result__title');
    await expect.poll(() => listed.count()).toBe(10);
    const paths = await listed.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.filter((p) => !scattered.includes(p))).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results--scattered') !== null)).toBe(true);
    await page.close();
  });

  it('narrows results with a filter, kept in the address', async () => {
    const page = await searchFor('四风');
    const all = holding('四风');
    const entries = all.filter((p) => p.startsWith('/glossary/'));
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.length).toBeLessThan(all.length);
    expect(await status(page)).toBe(`“四风”：找到 ${all.length} 条结果。`);
    await page.getByText('按类型、年份、层级或术语分类筛选').click();
    await page.getByRole('checkbox', { name: '术语', exact: true }).check();
    await expect.poll(() => status(page)).toBe(`“四风”：找到 ${entries.length} 条结果。`);
    expect((await allResults(page)).sort()).toEqual(entries.sort());
    const kinds = await page.locator('.search-result__kind').allTextContents();
    expect(kinds.length).toBe(entries.length - 1);
    expect(kinds.filter((k) => !k.startsWith('术语 · '))).toEqual([]);
    expect(new URL(page.url()).searchParams.getAll('类型')).toEqual(['术语']);
    // Levels in their own order (市 before 区), not by pinyin (qu before shi).
    const levels = await page.locator('.search-filters__group', { hasText: '层级' }).locator('label').allTextContents();
    expect(levels).toContain('市');
    expect(levels.indexOf('市')).toBeLessThan(levels.indexOf('区'));
    await page.close();
  });

  it('narrows by year and level, and two values of one filter give either', async () => {
    const { speeches } = JSON.parse(readFileSync(path.join(DIST, 'api/speeches.json'), 'utf8')) as { speeches: Array<{ url: string; year?: number; level?: string }> };
    const all = holding('全面从严治党');
    const having = (keep: (s: { year?: number; level?: string }) => boolean) => speeches.filter((s) => keep(s) && all.includes(s.url)).map((s) => s.url).sort();
    const page = await site.browser.context.newPage();
    const expectResults = async (address: string, expected: string[]) => {
      await page.goto(`${site.server.url}search/?q=${encodeURIComponent('全面从严治党')}&${address}`);
      await expect.poll(() => status(page)).toBe(`“全面从严治党”：找到 ${expected.length} 条结果。`);
      // The answer card is the entry's, whatever the filters: the list holds the speeches.
      expect((await allResults(page)).filter((p) => p !== '/glossary/quanmian-congyan-zhidang/').sort()).toEqual(expected);
    };
    const in2020 = having((s) => s.year === 2020);
    expect(in2020.length).toBeGreaterThan(1);
    await expectResults('年份=2020', in2020);
    expect(await page.getByRole('checkbox', { name: '2020', exact: true }).isChecked()).toBe(true);
    const county = having((s) => s.level === '县');
    expect(county.length).toBeGreaterThan(0);
    await expectResults('层级=县', county);
    const provinceOrCounty = having((s) => s.level === '县' || s.level === '省');
    expect(provinceOrCounty.length).toBeGreaterThan(county.length);
    await expectResults(`层级=${encodeURIComponent('省')}&层级=${encodeURIComponent('县')}`, provinceOrCounty);
    // Ticked by hand: the address follows.
    await page.getByRole('checkbox', { name: '省', exact: true }).uncheck();
    await expect.poll(() => status(page)).toBe(`“全面从严治党”：找到 ${county.length} 条结果。`);
    expect(new URL(page.url()).searchParams.getAll('层级')).toEqual(['县']);
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

  it('opens a result at its section, with the phrase highlighted there and in view', async () => {
    const page = await searchFor('星级管理');
    const link = page.locator('.search-result__title').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/\/speeches\/[a-z0-9-]+\/\?hl=.+#(sec-[0-9-]+|p\d+)$/u);
    await link.click();
    await page.waitForURL(/#/u);
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`#${section}`).count()).toBe(1);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    // The mark the page leads to, the first at or after the target, is inside the target's section.
    const found = await page.evaluate((id) => {
      const target = document.getElementById(id)!;
      const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      const mark = [...document.querySelectorAll('mark.search-hit')].find((m) => after(target, m));
      if (!mark) return 'no mark after the target';
      if (/^H[2-6]$/u.test(target.tagName)) {
        const level = Number(target.tagName[1]);
        const next = [...document.querySelectorAll('h2, h3, h4, h5, h6')].find((h) => after(target, h) && after(h, mark) && Number(h.tagName[1]) <= level);
        if (next) return `past the next section, ${next.id}`;
      } else if (!target.contains(mark)) return 'outside the target paragraph';
      mark.classList.add('test-led-to');
      return mark.textContent;
    }, section);
    expect(found).toBe('星级管理');
    await expect
      .poll(() => page.locator('mark.test-led-to').evaluate((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }))
      .toBe(true);
    await page.close();
  });

  it('highlights a phrase that runs into a term link, and the link still leads to its entry', async () => {
    const page = await searchFor('决战脱贫攻坚');
    await page.locator('.search-result__title', { hasText: '全面从严治党' }).first().click();
    await page.waitForURL(/\?hl=/u);
    const linked = page.locator('a.term mark.search-hit').first();
    await expect.poll(() => linked.count()).toBe(1);
    expect(await linked.textContent()).toBe('脱贫攻坚');
    // The same occurrence: the mark before the link holds the rest of the phrase.
    expect(await linked.evaluate((m) => { const before = m.closest('a')!.previousElementSibling; return before?.matches('mark.search-hit') ? before.textContent : null; })).toBe('决战');
    expect(await page.locator('mark.search-hit').evaluateAll((marks) => marks.map((m) => m.textContent).join(''))).toContain('决战脱贫攻坚');
    expect(await linked.evaluate((m) => new URL(m.closest('a')!.href).pathname)).toBe('/glossary/tuopin-gongjian/');
    await page.close();
  });

  it('shows ten results at a time, and ten more on 显示更多结果, the first of them focused', async () => {
    const page = await searchFor('治党');
    const total = holding('治党').length;
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('.quick-term').count()).toBe(0);
    expect(await announced(page)).toBe(total);
    const list = page.locator('[data-search-results] .search-result');
    expect(await list.count()).toBe(10);
    const button = page.getByRole('button', { name: /^显示更多结果/u });
    expect(await button.textContent()).toBe(`显示更多结果（还有 ${total - 10} 条）`);
    const first = await resultPaths(page);
    await button.click();
    await expect.poll(() => list.count()).toBe(20);
    const twenty = await resultPaths(page);
    expect(twenty.slice(0, 10)).toEqual(first);
    expect(new Set(twenty).size).toBe(20);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-search-results] .search-result')[10]?.querySelector('a'))).toBe(true);
    expect(await button.textContent()).toBe(`显示更多结果（还有 ${total - 20} 条）`);
    expect((await allResults(page)).sort()).toEqual(holding('治党').sort());
    expect(await button.count()).toBe(0);
    expect(await announced(page)).toBe(total);
    await page.close();
  });

  it('searches as the reader types, without Enter, and keeps the query in the address without a history step per key', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}search/`);
    const steps = await page.evaluate(() => history.length);
    await page.getByLabel(SEARCH_BOX).pressSequentially('三会一课', { delay: 50 });
    await expect.poll(() => status(page)).toBe(`“三会一课”：找到 ${holding('三会一课').length} 条结果。`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('三会一课');
    expect(await page.evaluate(() => history.length)).toBe(steps);
    expect(await page.locator('.quick-term a').textContent()).toBe('三会一课');
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
