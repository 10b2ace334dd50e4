/** Gate: nothing in dist/ points outside the site, and every page says so in its Content-Security-Policy. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../../scripts/lib/gates/links.ts';
import { externalUrls } from '../../../scripts/lib/gates/offline.ts';
import { DIST, plantSite } from '../../helpers/dist.ts';

describe('offline gate', () => {
  it('finds no URL of another host in any file of the built site', () => {
    expect(externalUrls(DIST)).toEqual([]);
  });

  it('catches planted URLs of other hosts: a script, a web font, a protocol-relative image', () => {
    const dist = plantSite({
      'index.html': '<script src="https://cdn.example.net/lib.js"></script><img src="//img.example.org/a.png">',
      'site.css': '@font-face { src: url(https://fonts.example.com/f.woff2) }',
    });
    expect(externalUrls(dist)).toEqual(['index.html: //img.example.org', 'index.html: https://cdn.example.net/lib.js', 'site.css: https://fonts.example.com/f.woff2']);
  });

  it('lets a page quote an address as text, but not link to it, load it or name it in a script', () => {
    const dist = plantSite({
      'quoted.html': '<p>原地址 https://www.example.org/a.jpg（未加载）</p>',
      'linked.html': '<p><a href="https://www.example.org/b.html">链接</a></p>',
      'styled.html': '<p style="background:url(https://www.example.org/c.png)">文字</p>',
      'scripted.html': '<script>fetch("https://www.example.org/d.json")</script>',
    });
    expect(externalUrls(dist)).toEqual([
      'linked.html: https://www.example.org/b.html',
      'scripted.html: https://www.example.org/d.json',
      'styled.html: https://www.example.org/c.png',
    ]);
  });

  it('gives every page a Content-Security-Policy that allows only the site itself', () => {
    const files = htmlFiles(DIST);
    // Every kind of page is there to check: speeches, entries, handouts, search, 404.
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/u.exec(readFileSync(file, 'utf8'))?.[1];
      expect(csp, file).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      const sources = csp!.split(';').flatMap((d) => d.trim().split(/\s+/u).slice(1));
      expect(sources.filter((s) => !/^'(self|none|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$|^data:$/u.test(s)), file).toEqual([]);
    }
  });
});
