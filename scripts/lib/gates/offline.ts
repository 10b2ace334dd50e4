/**
 * Gate: nothing in a built site points to another host. Every absolute URL
 * in every text file is reported, except identifiers that are never fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Absolute URLs that are names, not requests: file (relative to dist) → URL, and why. */
export const NOT_REQUESTS: Array<{ file: RegExp; url: string; why: string }> = [
  { file: /\.svg$/u, url: 'http://www.w3.org/2000/svg', why: 'the SVG XML namespace, an identifier' },
  { file: /^pagefind\/pagefind(-worker)?\.js$/u, url: 'https://example.com', why: 'a dummy base Pagefind gives new URL() to parse a relative address' },
];

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/u;
// A full http(s) URL, or any //host.tld (protocol-relative or with another scheme).
const ABSOLUTE = /\bhttps?:\/\/[^\s"'`<>)]+|(?:\b[a-z][a-z0-9+.-]*:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/giu;

export function externalUrls(dist: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const content = readFileSync(path.join(dist, file), 'utf8');
    for (const match of content.matchAll(ABSOLUTE)) {
      const url = match[0];
      if (NOT_REQUESTS.some((n) => n.file.test(file) && url.startsWith(n.url))) continue;
      found.push(`${file}: ${url}`);
    }
  }
  return [...new Set(found)].sort();
}
