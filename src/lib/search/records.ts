/**
 * The search records of a built page: its main text ([data-pagefind-body])
 * cut at every heading that has an id, so that a result opens the page at
 * the very section that holds the hit and Pagefind only ever fetches the
 * text of a section, not of a whole speech. Filters and metadata come from
 * the page's data-pagefind-filter and data-pagefind-meta attributes.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { indexBlocks } from './tokens.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Elements whose text is one block; their inline children run together. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'td', 'th', 'pre']);
/** Elements Pagefind leaves out of a page, and so do we. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'form', 'footer', 'iframe']);

interface Chunk {
  anchor?: string;
  heading?: string;
  blocks: string[];
}

const norm = (text: string) => text.replace(/\s+/gu, ' ').trim();

function chunksOf(body: Element): Chunk[] {
  const chunks: Chunk[] = [{ blocks: [] }];
  const walk = (node: ElementContent): void => {
    if (node.type !== 'element') return;
    if (SKIPPED.has(node.tagName) || node.properties.dataPagefindIgnore !== undefined) return;
    if (BLOCKS.has(node.tagName) && !node.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName))) {
      const text = norm(toString(node));
      if (!text) return;
      if (/^h[2-6]$/u.test(node.tagName) && typeof node.properties.id === 'string') {
        chunks.push({ anchor: node.properties.id, heading: text, blocks: [text] });
      } else chunks.at(-1)!.blocks.push(text);
      return;
    }
    node.children.forEach(walk);
  };
  body.children.forEach(walk);
  return chunks.filter((c) => c.blocks.length > 0);
}

function attributePairs(tree: Root | Element, attribute: 'dataPagefindFilter' | 'dataPagefindMeta'): Array<[string, string]> {
  return selectAll(`[${attribute === 'dataPagefindFilter' ? 'data-pagefind-filter' : 'data-pagefind-meta'}]`, tree)
    .map((el) => String(el.properties[attribute]))
    .filter((value) => value.includes(':'))
    .map((value) => [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)]);
}

/**
 * Records of one page. `url` is the page's address as a reader opens it;
 * `order` sorts the page among all (glossary entries first, then speeches).
 */
export function pageRecords(html: string, url: string, order: number): SearchRecord[] {
  const tree = fromHtml(html);
  const body = select('[data-pagefind-body]', tree);
  if (!body) return [];
  const meta: Record<string, string> = Object.fromEntries(attributePairs(body, 'dataPagefindMeta'));
  const h1 = select('h1', body);
  const title = meta.title ?? (h1 ? norm(toString(h1)) : url);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of attributePairs(body, 'dataPagefindFilter')) (filters[key] ??= []).push(value);
  return chunksOf(body).map((chunk, i) => ({
    url: chunk.anchor ? `${url}#${chunk.anchor}` : url,
    content: indexBlocks(chunk.blocks),
    language: 'zh',
    meta: { ...meta, title, ...(chunk.heading ? { section: chunk.heading } : {}) },
    filters,
    sort: { order: String(order * 10_000 + i).padStart(12, '0') },
  }));
}

/**
 * A record as the HTML document Pagefind indexes: the tokenized text as the
 * body, metadata, filters and sort key as attributes on elements that are not
 * indexed. (Given as a custom record instead, Pagefind would also index the
 * words of its URL, so that x would find /glossary/xunshi-xuncha/.)
 */
export function recordHtml(record: SearchRecord): string {
  const pairs = (attribute: string, entries: Array<[string, string]>) =>
    entries.map(([key, value]) => h('span', { [attribute]: `${key}:${value.replace(/,/gu, '\\,')}` }));
  const filters = Object.entries(record.filters).flatMap(([key, values]) => values.map((value): [string, string] => [key, value]));
  return toHtml(
    h('html', { lang: 'zh-CN' }, [
      h('head', [h('meta', { charset: 'utf-8' }), h('title', record.meta.title ?? '')]),
      h('body', [
        h('div', { dataPagefindIgnore: 'index' }, [
          ...pairs('data-pagefind-meta', Object.entries(record.meta)),
          ...pairs('data-pagefind-filter', filters),
          ...pairs('data-pagefind-sort', Object.entries(record.sort)),
        ]),
        h('main', { dataPagefindBody: '' }, [h('p', record.content)]),
      ]),
    ]),
  );
}
