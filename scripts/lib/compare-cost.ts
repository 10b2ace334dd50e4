/**
 * What opening a comparison costs a reader's browser: the comparison page
 * of the library's two largest profiles, opened with nothing cached, every
 * file it fetches counted as served (uncompressed) and as a server that
 * compresses would send it (gzip).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './chromium.ts';
import { serve } from './serve.ts';

export interface CompareCost {
  pair: [string, string];
  files: number;
  bytes: number;
  gzipBytes: number;
  /** The page itself (its two lists of every text) and the two profiles. */
  htmlBytes: number;
  profileBytes: number;
}

export async function compareCost(dist: string): Promise<CompareCost> {
  const folder = path.join(dist, 'api/profiles');
  const largest = readdirSync(folder)
    .map((name) => ({ slug: name.replace(/\.json$/u, ''), size: statSync(path.join(folder, name)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 2);
  const pair: [string, string] = [largest[1]!.slug, largest[0]!.slug];
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}compare/?a=${encodeURIComponent(pair[0])}&b=${encodeURIComponent(pair[1])}`);
    await page.waitForFunction(() => /^新提法/u.test(document.querySelector('[data-compare-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    const base = new URL(server.url).pathname;
    const fileOf = (p: string) => path.join(dist, p.slice(base.length), p.endsWith('/') ? 'index.html' : '');
    const log = server.log.filter((r) => !r.path.endsWith('favicon.svg'));
    return {
      pair,
      files: log.length,
      bytes: log.reduce((n, r) => n + r.bytes, 0),
      gzipBytes: log.reduce((n, r) => n + gzipSync(readFileSync(fileOf(r.path))).length, 0),
      htmlBytes: log.filter((r) => r.path.endsWith('/compare/')).reduce((n, r) => n + r.bytes, 0),
      profileBytes: log.filter((r) => r.path.includes('/api/profiles/')).reduce((n, r) => n + r.bytes, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
