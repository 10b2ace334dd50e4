/** Gate: axe-core in Chromium finds no serious or critical violation on the pages readers use most. */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../../../scripts/lib/gates/a11y.ts';
import { serve } from '../../../scripts/lib/serve.ts';
import { plantSite } from '../../helpers/dist.ts';
import { servedSite } from '../../helpers/site.ts';

// axe is injected into the page: the site's Content-Security-Policy would refuse it.
const site = servedSite({ bypassCSP: true });

async function violations(base: string, address: string, ready?: string): Promise<string[]> {
  const page = await site.browser.context.newPage();
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
    ['the list of speeches, filtered', `speeches/?${encodeURIComponent('层级')}=${encodeURIComponent('省')}`, '[data-speech-controls]:not([hidden])'],
    ['the glossary', 'glossary/', undefined],
    ['a glossary entry', 'glossary/baxiang-guiding/', undefined],
    ['the search page with results', `search/?q=${encodeURIComponent('八项规定')}`, '.search-result'],
    ['a handout', 'handouts/xian-congyan-zhidang-huiyi-2020/', undefined],
    ['the help page', 'help/', undefined],
    ['a self-test', `quiz/?${encodeURIComponent('分类')}=${encodeURIComponent('作风与纪律')}&${encodeURIComponent('种子')}=a11y`, '.quiz-question'],
  ])('finds nothing serious on %s', async (_name, address, ready) => {
    expect(await violations(site.server.url, address, ready)).toEqual([]);
  });

  it('catches planted violations: an image without text, a nameless button, unlabelled input', async () => {
    const planted = await serve(
      plantSite({
        'index.html': '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><img src="x.png"><button></button><input type="text"></main></body></html>',
      }),
    );
    const found = await violations(planted.url, '');
    await planted.close();
    expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'label']));
  });
});
