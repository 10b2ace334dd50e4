/** A speech's 目录: in reach from the top on a phone, folded until wanted; the section being read is marked. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
// The 县 speech: 5,300 characters, six parts, each with 一要/二要 points.
const SPEECH = 'speeches/xian-congyan-zhidang-huiyi-2020/';

describe('the 目录 of a speech', () => {
  it('on a 390 px phone: a folded bar within the first screen, still in reach half-way down, leading to a section', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.server.url}${SPEECH}`);
    const toc = page.getByRole('navigation', { name: '目录' });
    const bar = toc.locator('summary');
    const atTop = (await bar.boundingBox())!;
    expect(atTop.y + atTop.height).toBeLessThan(844);
    // Folded: the outline does not push the speech down.
    expect(await toc.getByRole('link').first().isVisible()).toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(844 * 5);

    // Half-way down, the bar is still on the screen and names the section being read.
    await page.evaluate(() => document.getElementById('sec-3')!.scrollIntoView());
    await expect.poll(() => bar.textContent()).toBe('目录三、加强组织建设，持续提高基层组织凝聚力战斗力');
    const down = (await bar.boundingBox())!;
    expect(down.y).toBeGreaterThanOrEqual(0);
    expect(down.y + down.height).toBeLessThan(844);

    await bar.click();
    const part5 = toc.getByRole('link', { name: '五、加强作风建设，做到抓常、抓细、抓长' });
    expect(await part5.isVisible()).toBe(true);
    await part5.click();
    await page.waitForURL(/#sec-5$/u);
    // The outline folds again, and the heading is not hidden under the bar.
    await expect.poll(() => toc.getByRole('link').first().isVisible()).toBe(false);
    const heading = (await page.locator('#sec-5').boundingBox())!;
    const barBox = (await bar.boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
    expect(heading.y).toBeLessThan(844 / 2);
    await page.close();
  });

  it('on a desktop: open beside the text, marking the section being read as the reader scrolls', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.goto(`${site.server.url}${SPEECH}`);
    const toc = page.getByRole('navigation', { name: '目录' });
    const marked = () => toc.locator('a[aria-current="location"]').allTextContents();
    expect(await toc.getByRole('link').first().isVisible()).toBe(true);
    expect(await marked()).toEqual([]);
    for (const [id, title] of [
      ['sec-2', '二、加强干部队伍建设，不断提高人才队伍整体素质'],
      ['sec-2-3', '三要增进班子团结和谐。'],
      ['sec-4', '四、加强制度建设，严明党的纪律规矩'],
      ['sec-1', '一、加强政治建设，营造良好政治生态'],
    ] as const) {
      await page.evaluate((at) => document.getElementById(at)!.scrollIntoView(), id);
      await expect.poll(marked).toEqual([title]);
    }
    await page.close();
  });
});
