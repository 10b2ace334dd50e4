/**
 * Ranking on the seeds alone, where the pages found are mostly short glossary
 * entries: each query of test/fixtures/judged-queries-seeds.yaml brings the
 * pages a reader expects among the first three results (the answer card
 * counting first), on the search page in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/lib/project.ts';
import { servedSite } from '../helpers/site.ts';

const JUDGED = parse(readFileSync(path.join(ROOT, 'test/fixtures/judged-queries-seeds.yaml'), 'utf8')) as Record<string, string[]>;
const site = servedSite();

describe('the judged query set on the seeds', () => {
  it.each(Object.entries(JUDGED))('%s brings %j among the first three results', async (query, expected) => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/找到 \d+ 条结果|没有找到/u);
    const links = await page.locator('.quick-term__link, .search-result__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const top = links.slice(0, 3).map((p) => p.slice(1));
    for (const want of expected) expect(top, `${query}: first three results`).toContain(want);
    await page.close();
  });
});
