/** The handout builder (/handouts/) used as a reader uses it: ticking, unticking, and a page that fails to load. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
const XIAN = '在县全面从严治党工作会议上的讲话';
const QU = '推进全面从严治党工作措施';

describe('the handout builder', () => {
  it('starts empty, puts together what is ticked in the lists’ order, keeps it in the address, and empties again', async () => {
    const page = await site.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${site.server.url}handouts/`);
    const status = page.getByRole('status');
    const preview = page.locator('[data-builder-preview]');
    await expect.poll(() => status.textContent()).toBe('尚未选择内容。');
    expect(await preview.locator('article').count()).toBe(0);

    // Ticked in the other order than the list's: the handout follows the list (the 县 speech before the 区 measures).
    await page.getByRole('checkbox', { name: QU }).check();
    await expect.poll(() => status.textContent()).toBe('讲义包含 1 篇讲话、0 条术语，可以打印。');
    await page.getByRole('checkbox', { name: XIAN }).check();
    await page.getByText('作风与纪律（', { exact: false }).first().click();
    await page.getByRole('checkbox', { name: '四风', exact: true }).check();
    await expect.poll(() => status.textContent()).toBe('讲义包含 2 篇讲话、1 条术语，可以打印。');
    const titles = await preview.locator('article.speech h1').allTextContents();
    expect(titles.map((t) => t.replace(/\s+/gu, ''))).toEqual([XIAN, QU].map((t) => t.replace(/\s+/gu, '')));
    // Nothing that was not ticked: two speeches of five, one entry.
    expect(await preview.locator('article.speech').count()).toBe(2);
    expect(await preview.locator('.builder-terms > [id^="entry-"]').evaluateAll((items) => items.map((e) => e.id))).toEqual(['entry-sifeng']);
    const address = new URL(page.url());
    expect(address.searchParams.get('s')).toBe('xian-congyan-zhidang-huiyi-2020,qu-congyan-zhidang-cuoshi');
    expect(address.searchParams.get('t')).toBe('sifeng');

    for (const name of [XIAN, QU]) await page.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('checkbox', { name: '四风', exact: true }).uncheck();
    await expect.poll(() => status.textContent()).toBe('尚未选择内容。');
    expect(await preview.locator('*').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when a part cannot be fetched, instead of printing a handout without it', async () => {
    const page = await site.browser.context.newPage();
    await page.route('**/handouts/qu-congyan-zhidang-cuoshi/', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${site.server.url}handouts/?s=qu-congyan-zhidang-cuoshi`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^讲义生成失败：.*503。请检查网络连接后重试。$/u);
    expect(await page.locator('[data-builder-preview] article').count()).toBe(0);
    await page.close();
  });
});
