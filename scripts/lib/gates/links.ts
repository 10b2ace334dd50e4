/**
 * Gate: no broken internal link or anchor in a built site. Every href and src
 * of every HTML page that stays on the site must name a file that exists,
 * and its #fragment an id on that page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** The page's address under `base`: dist/speeches/x/index.html → /kb/speeches/x/. */
function pageUrl(dist: string, file: string, base: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  return base + rel.replace(/(^|\/)index\.html$/u, '$1');
}

export function brokenLinks(dist: string, base = '/'): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(selectAll('[id]', fromHtml(readFileSync(file, 'utf8'))).map((el) => String(el.properties.id)));
      ids.set(file, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const from = pageUrl(dist, file, base);
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const targets = [
      ...selectAll('a[href], link[href], area[href]', tree).map((el) => String(el.properties.href)),
      ...selectAll('script[src], img[src], source[src], iframe[src]', tree).map((el) => String(el.properties.src)),
    ];
    for (const target of targets) {
      if (/^(mailto|tel|data|javascript):/iu.test(target)) continue;
      const resolved = new URL(target, `http://site${from}`);
      if (resolved.host !== 'site') continue; // another host: the offline gate's business
      const where = `${path.relative(dist, file)}: ${target}`;
      if (!resolved.pathname.startsWith(base)) {
        problems.push(`${where} → outside the base path ${base}`);
        continue;
      }
      const rel = decodeURIComponent(resolved.pathname.slice(base.length));
      let targetFile = path.join(dist, rel);
      if (!existsSync(targetFile)) {
        problems.push(`${where} → no such page or file`);
        continue;
      }
      if (statSync(targetFile).isDirectory()) targetFile = path.join(targetFile, 'index.html');
      if (!existsSync(targetFile)) {
        problems.push(`${where} → no index.html`);
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) problems.push(`${where} → no #${fragment} on that page`);
    }
  }
  return problems.sort();
}
