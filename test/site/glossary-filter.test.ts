/** The glossary filter finds an entry by its characters, its pinyin or its initials. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

/** The entries a reader sees in the list (visible on screen, not merely unhidden), in order. */
const visible = (page: Page) => page.locator('.entry-list li .entry-list__term').filter({ visible: true }).allTextContents();

async function visibleTerms(query: string): Promise<{ terms: string[]; status: string }> {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.url}glossary/`);
  expect((await visible(page)).length).toBeGreaterThan(300);
  await page.getByLabel('筛选术语').fill(query);
  const found = { terms: await visible(page), status: (await page.getByRole('status').textContent()) ?? '' };
  await page.close();
  return found;
}

const BAXIANG = ['中共中央政治局贯彻落实中央八项规定的实施细则', '八项规定'];

describe('glossary filter', () => {
  // By characters, pinyin, initials, pinyin typed with capitals and spaces: the entries whose term or alias reads so, and no other.
  it.each([
    ['八项规定', BAXIANG],
    ['baxiang', ['发展两岸关系、推进祖国和平统一进程的八项主张', ...BAXIANG]],
    ['bxgd', BAXIANG],
    ['BaXiang Guiding', BAXIANG],
  ])('finds 八项规定 by “%s”, and hides the rest', async (query, expected) => {
    expect(await visibleTerms(query)).toEqual({ terms: expected, status: `找到 ${expected.length} 条术语` });
  });

  it('finds an entry by an alias', async () => {
    expect((await visibleTerms('问责条例')).terms).toEqual(['中国共产党问责条例']);
  });

  it('narrows the list, and says when nothing matches', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}glossary/`);
    const all = await page.locator('.entry-list li').count();
    await page.getByLabel('筛选术语').fill('sifeng');
    const shown = await page.locator('.entry-list li:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`找到 ${shown} 条术语`);
    await page.getByLabel('筛选术语').fill('zzzzqqq');
    await expect.poll(() => page.getByText('没有符合条件的术语。').isVisible()).toBe(true);
    await page.close();
  });

  it('keeps the filter in the address, so a filtered list can be shared', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}glossary/`);
    await page.getByLabel('筛选术语').pressSequentially('bxgd');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('bxgd');
    const shared = await site.browser.context.newPage();
    await shared.goto(page.url());
    expect(await shared.getByLabel('筛选术语').inputValue()).toBe('bxgd');
    expect(await visible(shared)).toEqual(BAXIANG);
    // Emptied, the filter leaves the address and the whole list shows again.
    await page.getByLabel('筛选术语').fill('');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect((await visible(page)).length).toBeGreaterThan(300);
    await shared.close();
    await page.close();
  });

  it('keeps the filter, the categories and the pinyin letters at hand on a phone, and a letter shows its group below them', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.server.url}glossary/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const bar = page.locator('.glossary-tools');
    await expect.poll(() => bar.evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    const onScreen = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    };
    expect(await page.getByLabel('筛选术语').evaluate(onScreen)).toBe(true);
    const letters = page.getByRole('navigation', { name: '拼音首字母' });
    expect(await letters.evaluate(onScreen)).toBe(true);
    await letters.getByRole('link', { name: 'L', exact: true }).click();
    await expect
      .poll(async () => {
        const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
        const headTop = await page.locator('#letter-L').evaluate((el) => el.getBoundingClientRect().top);
        return headTop >= barBottom && headTop < barBottom + 120;
      })
      .toBe(true);
    await page.close();
  });
});
