/** A reader hovering or tabbing to a term sees its one-sentence summary; without JavaScript, the title tooltip. */
import { describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/chromium.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

describe('term popover', () => {
  it('shows the summary on hover, and hides it again', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}speeches/xian-congyan-zhidang-huiyi-2020/`);
    const link = page.locator('a.term', { hasText: '民主集中制' }).first();
    await link.hover();
    const popover = page.getByRole('tooltip');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toMatch(/^民主集中制.{8,}/u);
    expect(await link.getAttribute('aria-describedby')).toBe('term-popover');
    await page.mouse.move(0, 0);
    await expect.poll(() => popover.isVisible()).toBe(false);
    await page.close();
  });

  it('shows the summary when the link gets keyboard focus, and Escape hides it', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}speeches/xian-congyan-zhidang-huiyi-2020/`);
    await page.locator('a.term').first().focus();
    const popover = page.getByRole('tooltip');
    await expect.poll(() => popover.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    await page.close();
  });

  it('keeps the summary as a title tooltip without JavaScript', async () => {
    const noJs = await launch({ javaScript: false });
    const page = await noJs.context.newPage();
    await page.goto(`${site.server.url}speeches/xian-congyan-zhidang-huiyi-2020/`);
    const title = await page.locator('a.term', { hasText: '民主集中制' }).first().getAttribute('title');
    expect(title?.length).toBeGreaterThan(8);
    await noJs.close();
  });
});
