/** An address that is not on the site: status 404 and the site's own 页面不存在 page, which leads home and to search. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

describe('a missing address', () => {
  it('answers 404 with the 页面不存在 page, styled like the site, at any depth', async () => {
    const page = await site.browser.context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    const response = await page.goto(`${site.server.url}speeches/no-such-speech/section/`);
    expect(response?.status()).toBe(404);
    expect(await page.title()).toBe('页面不存在 · 党建学习知识库');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('main h1').textContent()).toBe('页面不存在');
    expect(await page.locator('main').textContent()).toContain('您要找的页面不存在，可能已经移动或改名。');
    // Its styles and scripts load from the missing address's depth too: only the page itself failed.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Serif CJK/u);
    expect(failed).toEqual(['404 /speeches/no-such-speech/section/']);
    await page.close();
  });

  it('leads back to the home page', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}no-such-page`);
    await page.getByRole('main').getByRole('link', { name: '返回首页' }).click();
    await page.waitForURL(site.server.url);
    expect(await page.locator('.speech-list a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('searches from its header', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}no-such-page`);
    await page.getByRole('searchbox', { name: '搜索讲话和术语' }).fill('网军');
    await page.getByRole('searchbox', { name: '搜索讲话和术语' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^“网军”：找到 1 条结果/u);
    await page.close();
  });
});
