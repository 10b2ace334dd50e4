/** Gate: axe-core in Chromium finds no serious or critical violation on the pages readers use most. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../../scripts/lib/gates/a11y.ts';
import { launch, type Browser } from '../../../scripts/lib/chromium.ts';
import { serve, type SiteServer } from '../../../scripts/lib/serve.ts';
import { DIST } from '../../helpers/dist.ts';

let server: SiteServer;
let browser: Browser;
beforeAll(async () => {
  server = await serve(DIST);
  // axe is injected into the page: the site's Content-Security-Policy would refuse it.
  browser = await launch({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(base: string, address: string, ready?: string): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(`${base}${address}`, { waitUntil: 'networkidle' });
  if (ready) await page.waitForSelector(ready);
  const found = await seriousViolations(page);
  await page.close();
  return found;
}

describe('accessibility gate', () => {
  it.each<[string, string, string | undefined]>([
    ['the home page', '', undefined],
    ['a speech', 'speeches/sheng-dangjian-yinling-2020/', undefined],
    ['the glossary', 'glossary/', undefined],
    ['a glossary entry', 'glossary/baxiang-guiding/', undefined],
    ['the search page with results', `search/?q=${encodeURIComponent('八项规定')}`, '.search-result'],
    ['a handout', 'handouts/xian-congyan-zhidang-huiyi-2020/', undefined],
    ['the help page', 'help/', undefined],
  ])('finds nothing serious on %s', async (_name, address, ready) => {
    expect(await violations(server.url, address, ready)).toEqual([]);
  });

  it('catches planted violations: an image without text, a nameless button, unlabelled input', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pkb-a11y-'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><img src="x.png"><button></button><input type="text"></main></body></html>',
    );
    const planted = await serve(dir);
    const found = await violations(planted.url, '');
    await planted.close();
    expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'label']));
  });
});
