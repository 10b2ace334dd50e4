/** The list of speeches (/speeches/): newest first as on the home page, sorted and filtered on request, in the address. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
const titles = (page: import('playwright-core').Page) => page.locator('[data-speech-list] > li:not([hidden]) .speech-list__title').allTextContents();

describe('the speech list', () => {
  it('lists every speech newest first, undated last, in the order of the home page, and the navigation leads to it', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(site.server.url);
    const home = await titles(page);
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '讲话文稿' }).click();
    await page.waitForURL(/\/speeches\/$/u);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('讲话文稿');
    expect(await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '讲话文稿' }).getAttribute('aria-current')).toBe('page');
    const listed = await titles(page);
    expect(listed).toEqual(home);
    expect(listed).toHaveLength(5);
    // The two seeds of 2020 first (by file name between them), then the three undated.
    const facts = await page.locator('[data-speech-list] > li .speech-list__facts').allTextContents();
    expect(facts.map((f) => /(\d{4})年/u.exec(f)?.[1] ?? '')).toEqual(['2020', '2020', '', '', '']);
    expect(listed[0]).toBe('党建引领显担当强保障 争当助推省域治理现代化排头兵');
    await page.close();
  });

  it('sorts oldest first and filters by level on request, keeps both in the address, and a shared link reopens them', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}speeches/`);
    const newest = await titles(page);
    await page.getByRole('radio', { name: '从旧到新' }).check();
    const oldest = await titles(page);
    expect(oldest.slice(0, 2)).toEqual([newest[1], newest[0]]);
    expect(oldest.slice(2)).toEqual(newest.slice(2));
    await page.getByRole('checkbox', { name: '省级' }).check();
    await expect.poll(() => titles(page)).toEqual([newest[0]]);
    expect(await page.getByRole('status').textContent()).toBe('显示 1 篇，共 5 篇。');
    const address = new URL(page.url());
    expect(address.searchParams.get('排序')).toBe('旧');
    expect(address.searchParams.getAll('层级')).toEqual(['省']);
    const shared = await site.browser.context.newPage();
    await shared.goto(page.url());
    expect(await titles(shared)).toEqual([newest[0]]);
    expect(await shared.getByRole('checkbox', { name: '省级' }).isChecked()).toBe(true);
    await shared.getByRole('checkbox', { name: '省级' }).uncheck();
    await shared.getByRole('radio', { name: '从新到旧' }).check();
    expect(await titles(shared)).toEqual(newest);
    expect(new URL(shared.url()).search).toBe('');
    await page.close();
    await shared.close();
  });
});
