/**
 * Ranking as a reader meets it: the site built from the seeds and the 30 real
 * texts of test/corpus/, searched on its own search page in Chromium. Each
 * query of the judged set (test/fixtures/judged-queries.yaml) must bring the
 * pages a reader expects among the first three results, the answer card
 * counting first; and a long report that holds a query many times takes one
 * result, its other sections folded under it, each a link to its paragraph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launch, type Browser } from '../../scripts/lib/chromium.ts';
import { copyProject, ROOT, type ProjectCopy } from '../../scripts/lib/project.ts';
import { serve, type SiteServer } from '../../scripts/lib/serve.ts';
import { copyCorpus } from '../helpers/corpus.ts';

const JUDGED = parse(readFileSync(path.join(ROOT, 'test/fixtures/judged-queries.yaml'), 'utf8')) as Record<string, string[]>;

let copy: ProjectCopy;
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  copy = copyProject();
  copyCorpus(path.join(copy.dir, 'content/speeches'));
  const result = copy.build();
  expect(result.status, result.output).toBe(0);
  server = await serve(path.join(copy.dir, 'dist'));
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy?.remove();
});

async function searchFor(query: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/找到 \d+ 条结果|没有找到/u);
  return page;
}

/** The pages of the first results, as the reader sees them: the answer card's entry, then the list. */
async function firstResults(page: Page, n: number): Promise<string[]> {
  const links = await page.locator('.quick-term__link, .search-result__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return links.slice(0, n).map((p) => p.slice(1));
}

describe('the judged query set', () => {
  it.each(Object.entries(JUDGED))('%s brings %j among the first three results', async (query, expected) => {
    const page = await searchFor(query);
    const top = await firstResults(page, 3);
    for (const want of expected) expect(top, `${query}: first three results`).toContain(want);
    await page.close();
  });
});

describe('a long report', () => {
  it('takes one result however often it holds the query, its other sections folded under it and each a link to its paragraph', async () => {
    const page = await searchFor('小康社会');
    const report = page.locator('.search-result', { has: page.locator('.search-result__title', { hasText: '坚定不移沿着中国特色社会主义道路前进' }) });
    expect(await report.count()).toBe(1);
    // Other documents share the first screen: the three congress reports and the entry are all among the first five.
    expect(await page.locator('.search-result').count()).toBeGreaterThanOrEqual(5);
    const hits = Number(/^(\d+) 处$/u.exec((await report.locator('.search-result__hits').textContent())!)![1]);
    expect(hits).toBeGreaterThan(10);
    const fold = report.locator('details.search-result__more');
    const n = Number(/本篇还有 (\d+) 处/u.exec((await fold.locator('summary').textContent())!)![1]);
    expect(n).toBeGreaterThan(3);
    await fold.locator('summary').click();
    const link = fold.locator('a').nth(2);
    const heading = (await link.textContent())!;
    await link.click();
    await page.waitForURL(/#/u);
    // The page opens at the section named, and its paragraphs there have the phrase highlighted.
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain(heading);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    const section = await page.evaluate((at) => {
      const marks = [...document.querySelectorAll('mark.search-hit')];
      const start = document.getElementById(at)!;
      return marks.some((m) => start.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING && m.textContent === '小康社会');
    }, id);
    expect(section).toBe(true);
    await page.close();
  });
});
