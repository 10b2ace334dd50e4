/** The site built for /kb/ and served there works: pages, assets, term links and search. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from '../../scripts/lib/chromium.ts';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project.ts';
import { serve, type SiteServer } from '../../scripts/lib/serve.ts';
import { attr, readPage, selectAll } from '../helpers/dist.ts';

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
  it('links every page and asset under /kb/, from every page and style sheet, to files that are there', () => {
    const dist = path.join(copy.dir, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    const pages = files.filter((f) => f.endsWith('.html'));
    const sheets = files.filter((f) => f.endsWith('.css'));
    expect(pages.length).toBeGreaterThan(300);
    expect(sheets.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    let checked = 0;
    const check = (from: string, address: string) => {
      if (/^(#|data:|mailto:|javascript:)/u.test(address)) return;
      checked++;
      const url = new URL(address, `http://site/kb/${from}`);
      if (url.host !== 'site' || !url.pathname.startsWith('/kb/')) return void wrong.push(`${from}: ${address}`);
      const file = decodeURIComponent(url.pathname.slice('/kb/'.length));
      if (!existsSync(path.join(dist, file.endsWith('/') || file === '' ? `${file}index.html` : file))) wrong.push(`${from}: ${address} (no such file)`);
    };
    for (const file of pages) {
      for (const el of selectAll('[href], [src], [action]', readPage(file, dist))) {
        for (const name of ['href', 'src', 'action']) if (el.properties[name] !== undefined) check(file, attr(el, name));
      }
    }
    for (const file of sheets) for (const [, address] of readFileSync(path.join(dist, file), 'utf8').matchAll(/url\(["']?([^"')]+)["']?\)/gu)) check(file, address!);
    expect(checked).toBeGreaterThan(10 * pages.length);
    expect(wrong).toEqual([]);
  });

  it('shows a speech in the site\'s own font under /kb/', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
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

  it('makes a self-test whose answers link to entries and passages under /kb/', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}quiz/?${encodeURIComponent('讲话')}=xian-congyan-zhidang-huiyi-2020&${encodeURIComponent('种子')}=kb`);
    await page.waitForSelector('.quiz-question');
    expect(new URL(page.url()).pathname).toBe('/kb/quiz/');
    await page.getByRole('button', { name: '检查答案' }).click();
    const links = await page.locator('.quiz-feedback a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(href).toMatch(/^\/kb\/(glossary|speeches)\//u);
    await page.locator('.quiz-passage a').first().click();
    await page.waitForURL(/\/kb\/speeches\/xian-congyan-zhidang-huiyi-2020\//u);
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

  it('opens every kind of page, and a search, requesting nothing that fails and nothing outside the site', async () => {
    const page = await browser.context.newPage();
    const from = browser.requests.length;
    for (const address of ['', 'speeches/sheng-dangjian-yinling-2020/', 'glossary/', 'glossary/baxiang-guiding/', 'handouts/glossary/', 'compare/?a=sheng-dangjian-yinling-2020&b=xian-congyan-zhidang-huiyi-2020', `trends/?类型=${encodeURIComponent('讲话')}`, 'help/']) {
      expect((await page.goto(`${server.url}${address}`))?.status(), address).toBe(200);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${server.url}search/?q=${encodeURIComponent('八项规定')}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/找到 \d+ 条结果/u);
    const asked = browser.requests.slice(from);
    // Pages, their styles and scripts, the search index and a result file were all asked for.
    for (const kind of [/\.css$/u, /\.js$/u, /pagefind\/.*\.pf_index$/u, /search\/docs\/.*\.json\.gz$/u]) expect(asked.some((url) => kind.test(url)), String(kind)).toBe(true);
    expect(failed).toEqual([]);
    expect(asked.filter((url) => !url.startsWith(server.url))).toEqual([]);
    await page.close();
  });
});
