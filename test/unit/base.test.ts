import { describe, expect, it } from 'vitest';
import { siteBase } from '../../src/lib/base.ts';

describe('siteBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/kb', '/kb/'],
    ['kb/', '/kb/'],
    ['/intranet/kb//', '/intranet/kb/'],
  ])('reads %j as %s', (value, base) => {
    expect(siteBase(value)).toBe(base);
  });
});
