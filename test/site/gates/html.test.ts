/** Gate: every page of the built site is valid HTML. */
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../../../scripts/lib/gates/html.ts';
import { DIST, plantSite } from '../../helpers/dist.ts';

describe('HTML validity gate', () => {
  it('finds no error on any page', async () => {
    expect(await htmlErrors(DIST)).toEqual([]);
  });

  it('catches a planted error: duplicate id, unclosed element', async () => {
    const dist = plantSite({
      'index.html': '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body><p id="a">x</p><p id="a">y</p><div></body></html>',
    });
    const errors = await htmlErrors(dist);
    expect(errors.some((e) => e.includes('no-dup-id'))).toBe(true);
    expect(errors.some((e) => e.includes('close-order') || e.includes('element-required') || e.includes('unclosed'))).toBe(true);
  });
});
