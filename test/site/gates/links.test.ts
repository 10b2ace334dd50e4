/** Gate: zero broken internal links or anchors: every term link, every paragraph deep link. */
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../../scripts/lib/gates/links.ts';
import { DIST, plantSite } from '../../helpers/dist.ts';

describe('links gate', () => {
  it('finds no broken link or anchor in the built site', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('catches a planted broken link, a missing anchor and a link outside the base path', () => {
    const dist = plantSite({
      'a/index.html': '<p id="here">a</p>',
      'index.html':
        '<a href="a/#here">ok</a> <a href="/kb/a/">ok</a> <a href="/kb/missing/">x</a> <a href="a/#nowhere">y</a> <a href="/elsewhere/">z</a> <a href="https://host.example/">other host</a>',
    });
    expect(brokenLinks(dist, '/kb/')).toEqual([
      'index.html: /elsewhere/ → outside the base path /kb/',
      'index.html: /kb/missing/ → no such page or file',
      'index.html: a/#nowhere → no #nowhere on that page',
    ]);
  });
});
