/** The search page as a reader uses it: type a query, read the status line, the answer card and the results. */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { quotedQuery } from '../../src/lib/search/present.ts';

export const SEARCH_BOX = '在全部讲话文稿和术语中搜索';

/** The status line's text once a search has answered (found, or found nothing). */
export const DONE = /找到 \d+ 条结果|没有找到/u;

export const status = async (page: Page): Promise<string> => (await page.getByRole('status').textContent()) ?? '';

/** The number of results the status line announces (0 when nothing was found). */
export async function announced(page: Page): Promise<number> {
  const found = /找到 (\d+) 条结果/u.exec(await status(page));
  return found ? Number(found[1]) : 0;
}

/** Type a query on the search page (a new one in `context`, or `page` as it is) and wait for its answer. */
export async function searchFor(query: string, on: { context: BrowserContext; url: string } | Page): Promise<Page> {
  const page = 'goto' in on ? on : await on.context.newPage();
  if (!('goto' in on)) await page.goto(`${on.url}search/`);
  await page.getByLabel(SEARCH_BOX).fill(query);
  await page.keyboard.press('Enter');
  // This query's answer, not the one before on the same page: the status line quotes the query.
  await expect.poll(async () => { const s = await status(page); return DONE.test(s) && s.includes(quotedQuery(query)); }, { timeout: 10_000 }).toBe(true);
  return page;
}

/** The address (path, without ?hl= and #) of each result in the list, in order. */
export const resultPaths = (page: Page): Promise<string[]> =>
  page.locator('[data-search-results] .search-result__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The address of the answer card's entry, or undefined when there is no card. */
export async function cardPath(page: Page): Promise<string | undefined> {
  const link = page.locator('.quick-term a');
  return (await link.count()) ? new URL((await link.getAttribute('href'))!, page.url()).pathname : undefined;
}

/** Every result, clicking 显示更多结果 until the list is whole: the card's entry first, then the list in order. */
export async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('.search-more__button');
  while (await more.count()) {
    const shown = await page.locator('[data-search-results] .search-result').count();
    await more.click();
    await expect.poll(() => page.locator('[data-search-results] .search-result').count()).toBeGreaterThan(shown);
  }
  const card = await cardPath(page);
  return [...(card ? [card] : []), ...(await resultPaths(page))];
}
