/**
 * Gate: nothing in a built site points to another host. Every absolute URL
 * in every text file is reported, except identifiers that are never fetched
 * and, in HTML, the words of the page: an address a speech quotes (the old
 * host of a picture it no longer shows) is text to read, never a request.
 * Attributes, scripts, styles and comments of a page are all checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Absolute URLs that are names, not requests: file (relative to dist) → URL, and why. */
export const NOT_REQUESTS: Array<{ file: RegExp; url: string; why: string }> = [
  { file: /\.svg$/u, url: 'http://www.w3.org/2000/svg', why: 'the SVG XML namespace, an identifier' },
  { file: /^pagefind\/pagefind(-worker)?\.js$/u, url: 'https://example.com', why: 'a dummy base Pagefind gives new URL() to parse a relative address' },
  // The docx package (Word files made in the browser) writes the namespaces of Office Open XML into each file.
  ...['http://schemas.openxmlformats.org/', 'http://schemas.microsoft.com/office/', 'http://purl.org/dc/', 'http://purl.oclc.org/ooxml/', 'http://www.w3.org/'].map((url) => ({
    file: /^_assets\/docx-download\.[\w-]+\.js$/u,
    url,
    why: 'an XML namespace of a Word file, an identifier',
  })),
  {
    file: /^_assets\/docx-download\.[\w-]+\.js$/u,
    url: 'https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/',
    why: 'an address quoted in one of the docx package’s error messages',
  },
];

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/u;
// A full http(s) URL, or any //host.tld (protocol-relative or with another scheme).
const ABSOLUTE = /\bhttps?:\/\/[^\s"'`<>)]+|(?:\b[a-z][a-z0-9+.-]*:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/giu;

/** A page without its words: every text node emptied, but those of scripts and styles. */
function withoutWords(html: string): string {
  const tree = fromHtml(html);
  const visit = (node: Nodes, code: boolean): void => {
    if (node.type === 'text' && !code) node.value = '';
    if ('children' in node) for (const child of node.children) visit(child, code || (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')));
  };
  visit(tree, false);
  return toHtml(tree);
}

export function externalUrls(dist: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const raw = readFileSync(path.join(dist, file), 'utf8');
    const content = file.endsWith('.html') ? withoutWords(raw) : raw;
    for (const match of content.matchAll(ABSOLUTE)) {
      const url = match[0];
      if (NOT_REQUESTS.some((n) => n.file.test(file) && url.startsWith(n.url))) continue;
      found.push(`${file}: ${url}`);
    }
  }
  return [...new Set(found)].sort();
}
