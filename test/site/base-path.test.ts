/** The site built for /kb/ and served there works: pages, assets, term links and search. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from '../../scripts/lib/chromium.ts';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project.ts';
import { serve, type SiteServer } from '../../scripts/lib/serve.ts';

let copy: ProjectCopy;
let server: SiteServer;
let browser: Browser;
const failed: string[] = [];
/** Addresses a test asks for knowing they are not there. */
const missing = new Set<string>();

beforeAll(async () => {
  copy = copyProject();
  const result = copy.build({ PKB_BASE: '/kb/' });
  expect(result.status, result.output).toBe(0);
  server = await serve(path.join(copy.dir, 'dist'), '/kb/');
  browser = await launch();
  browser.context.on('response', (response) => {
    if (response.status() >= 400 && !missing.has(response.url())) failed.push(`${response.status()} ${response.url()}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy?.remove();
});

describe('the site under /kb/', () => {
  it('links every page and asset under /kb/', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => h.startsWith('/') && !h.startsWith('/kb/'))).toEqual([]);
    await page.locator('.speech-list a').first().click();
    await page.waitForURL(/\/kb\/speeches\//u);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Serif CJK/u);
    await page.close();
  });

  it('leads from a term in a speech to its entry', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}speeches/xian-congyan-zhidang-huiyi-2020/`);
    await page.locator('a.term', { hasText: '民主集中制' }).first().click();
    await page.waitForURL(/\/kb\/glossary\/minzhu-jizhongzhi\/$/u);
    expect(await page.locator('h1').textContent()).toBe('民主集中制');
    await page.close();
  });

  it('searches, and its results open under /kb/', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('网军')}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^“网军”：找到 1 条结果/u);
    const href = await page.locator('.search-result__title').first().getAttribute('href');
    expect(href).toMatch(/^\/kb\/speeches\/sheng-dangjian-yinling-2020\/\?hl=/u);
    await page.close();
  });

  it('answers a missing address under /kb/ with the 404 page, which leads to /kb/ and searches there', async () => {
    const page = await browser.context.newPage();
    const address = `${server.url}speeches/no-such-speech/`;
    missing.add(address);
    expect((await page.goto(address))?.status()).toBe(404);
    expect(await page.locator('main h1').textContent()).toBe('页面不存在');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Serif CJK/u);
    await page.getByRole('searchbox', { name: '搜索讲话和术语' }).fill('网军');
    await page.getByRole('searchbox', { name: '搜索讲话和术语' }).press('Enter');
    await page.waitForURL(/\/kb\/search\/\?q=/u);
    await page.goBack();
    await page.getByRole('main').getByRole('link', { name: '返回首页' }).click();
    await page.waitForURL(server.url);
    expect(await page.locator('.speech-list a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('requested nothing that failed, and nothing outside the site', () => {
    expect(failed).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  });
});
