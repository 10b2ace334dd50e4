/** The glossary filter finds an entry by its characters, its pinyin or its initials. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

async function visibleTerms(query: string): Promise<string[]> {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.url}glossary/`);
  await page.getByLabel('筛选术语').fill(query);
  const terms = await page.locator('.entry-list li:not([hidden]) .entry-list__term').allTextContents();
  await page.close();
  return terms;
}

describe('glossary filter', () => {
  it.each(['八项规定', 'baxiang', 'bxgd', 'BaXiang Guiding'])('finds 八项规定 by “%s”', async (query) => {
    expect(await visibleTerms(query)).toContain('八项规定');
  });

  it('finds an entry by an alias', async () => {
    expect(await visibleTerms('问责条例')).toEqual(['中国共产党问责条例']);
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
    await page.goto(`${site.server.url}glossary/?q=bxgd`);
    expect(await page.getByLabel('筛选术语').inputValue()).toBe('bxgd');
    expect(await page.locator('.entry-list li:not([hidden]) .entry-list__term').allTextContents()).toContain('八项规定');
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
