/** The source's anonymisation placeholders (X, **) look like what they are: not like the term links beside them. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

describe('a placeholder of the source', () => {
  it('has a style of its own, without the term links’ underline, and says it stands for what the source left out', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}speeches/sheng-dangjian-yinling-2020/`);
    const placeholder = page.locator('article .redacted').first();
    const term = page.locator('article a.term').first();
    expect(await placeholder.getAttribute('title')).toBe('原文隐去');
    const style = (el: Element) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, background: s.backgroundColor };
    };
    const [own, link] = await Promise.all([placeholder.evaluate(style), term.evaluate(style)]);
    expect(link.line).toBe('underline');
    expect(own.line).toBe('none');
    expect(own.background).not.toBe(link.background);
    await page.close();
  });
});
