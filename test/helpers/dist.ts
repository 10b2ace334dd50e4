/** Reading the built site the way a reader's browser would see its text. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export const DIST = path.resolve('dist');

/** A made-up site in a fresh folder, for a gate's planted-defect test: its files by path, and their text. */
export function plantSite(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkb-planted-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

export function readPage(relativePath: string, dist = DIST): Root {
  return fromHtml(readFileSync(path.join(dist, relativePath, relativePath.endsWith('.html') ? '' : 'index.html'), 'utf8'));
}

/** Every built speech page: its URL path and its tree. */
export function speechPages(dist = DIST): Array<{ path: string; tree: Root }> {
  return readdirSync(path.join(dist, 'speeches'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ path: `speeches/${d.name}/`, tree: readPage(`speeches/${d.name}/`, dist) }));
}

/** The built page of a source file, found by the data-source its article carries. */
export function pageOfSource(source: string, dist = DIST): { path: string; tree: Root; article: Element } {
  for (const page of speechPages(dist)) {
    const article = select(`article[data-source="${source}"]`, page.tree);
    if (article) return { ...page, article };
  }
  throw new Error(`no built page for ${source}`);
}

export function text(node: Element | Root): string {
  return toText(node);
}

/**
 * The text a reader reads in an article: without the site's own labels
 * (the facts and length lines, marked data-pagefind-ignore), the term notes,
 * and what the site adds to the source's text (the address after an outside
 * link, a note's number), so that the text of the source runs on unbroken.
 */
export function readingText(article: Element): string {
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      if (child.properties.dataPagefindIgnore !== undefined) return [];
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (classes.some((c) => c === 'term-notes' || c === 'source-address' || c === 'source-note-ref')) return [];
      return [strip(child)];
    }),
  });
  return toText(strip(article));
}

/** Text with all white space removed: the fidelity tests compare text, not layout. */
export function squash(value: string): string {
  return value.replace(/\s+/gu, '');
}

/** A seed speech's paragraphs (content/speeches/FILE), split independently of the converter: by line, and by 　　 indents inside a line. */
export function sourceParagraphs(file: string): string[] {
  return readFileSync(`content/speeches/${file}`, 'utf8')
    .split(/\r\n|\r|\n|\u3000{2,}/u)
    .map(squash)
    .filter(Boolean);
}

/** An element's attribute as a string ('' when absent), by hast property name (dataTerm for data-term). */
export function attr(el: Element, name: string): string {
  return String(el.properties[name] ?? '');
}

/**
 * The pages in the search index (every entry and speech, as the site's JSON lists them) and the
 * text of each block of their indexed content (data-pagefind-body, without what it ignores).
 */
export function indexedPages(dist = DIST): Map<string, string[]> {
  const read = (api: string, key: string) =>
    (JSON.parse(readFileSync(path.join(dist, 'api', api), 'utf8')) as Record<string, Array<{ url: string }>>)[key]!.map((x) => x.url.slice(1));
  const pages = new Map<string, string[]>();
  for (const url of [...read('terms.json', 'terms'), ...read('speeches.json', 'speeches')]) {
    const body = select('[data-pagefind-body]', readPage(url, dist))!;
    const ignored = new Set(selectAll('[data-pagefind-ignore] *, [data-pagefind-ignore], nav *', body));
    const blocks = selectAll('p, h1, h2, h3, h4, h5, h6, li, dt, dd', body).filter((el: Element) => !ignored.has(el));
    pages.set(url, blocks.map((b) => text(b)));
  }
  if (pages.size === 0) throw new Error(`no indexed pages in ${dist}`);
  return pages;
}

export { select, selectAll };
