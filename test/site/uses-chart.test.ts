/** An entry's chart of uses per speech, read on a phone: every speech's whole title, legible, nothing cut off. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

describe('the usage chart on a 390 px screen', () => {
  it('shows each speech’s full title at a legible size, within the screen, with its count', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.server.url}glossary/quanmian-congyan-zhidang/`);
    const measure = (selector: string) =>
      page.locator(selector).evaluateAll((items) =>
      items.map((row) => {
        const label = row.querySelector<HTMLElement>('.uses-chart__label')!;
        const box = label.getBoundingClientRect();
        return {
          text: label.textContent,
          size: parseFloat(getComputedStyle(label).fontSize),
          cut: label.scrollWidth > label.clientWidth || box.right > document.documentElement.clientWidth,
          count: row.querySelector('.uses-chart__count')?.textContent,
        };
      }),
    );
    const rows = await measure('.entry-uses .uses-chart__row');
    const titles = await page.locator('.uses-group h3 a, .uses-group h3').allTextContents();
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row.size, row.text!).toBeGreaterThanOrEqual(13);
      expect(row.cut, row.text!).toBe(false);
      expect(row.text).not.toMatch(/…$/u);
      expect(row.count).toMatch(/^\d+$/u);
      expect(titles.some((t) => t.includes(row.text!)), row.text!).toBe(true);
    }
    // The years of 历年使用 too: each with its bar and count on one line.
    const years = await measure('.entry-timeline .uses-chart__row');
    expect(years.map((y) => y.text)).toEqual(['2020年']);
    for (const year of years) {
      expect(year.size).toBeGreaterThanOrEqual(13);
      expect(year.cut).toBe(false);
    }
    await page.close();
  });
});
