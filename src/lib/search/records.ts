/**
 * The search records of a built page: its main text ([data-pagefind-body])
 * cut at every top-level heading (一、 of a speech) that has an id, so that
 * Pagefind only ever fetches the text of one part of a speech. Deeper
 * headings keep their ids and give sub-results: a result opens the page at
 * the section of its hit. Filters and metadata come from the page's
 * data-pagefind-filter and data-pagefind-meta attributes.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { BLOCK_BREAK, indexText } from './tokens.ts';

export interface SearchBlock {
  /** p, or h2…h6 for a heading. */
  tag: string;
  id?: string;
  text: string;
}

export interface SearchRecord {
  /**
   * The page's address, with the #id of the part's heading: Pagefind keeps
   * one record per address. Its sub-results add the #id of their heading.
   */
  url: string;
  blocks: SearchBlock[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Elements whose text is one block; their inline children run together. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'td', 'th', 'pre']);
/** Elements Pagefind leaves out of a page, and so do we. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'form', 'footer', 'iframe']);

const norm = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The blocks of the body, cut into parts at each h2 that has an id. */
function partsOf(body: Element): SearchBlock[][] {
  const parts: SearchBlock[][] = [[]];
  const walk = (node: ElementContent): void => {
    if (node.type !== 'element') return;
    if (SKIPPED.has(node.tagName) || node.properties.dataPagefindIgnore !== undefined) return;
    if (BLOCKS.has(node.tagName) && !node.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName))) {
      const text = norm(toString(node));
      if (!text) return;
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      const heading = /^h[2-6]$/u.test(node.tagName);
      if (node.tagName === 'h2' && id) parts.push([]);
      parts.at(-1)!.push({ tag: heading ? node.tagName : 'p', ...(heading && id ? { id } : {}), text });
      return;
    }
    node.children.forEach(walk);
  };
  body.children.forEach(walk);
  return parts.filter((p) => p.length > 0);
}

function attributePairs(tree: Root | Element, attribute: 'dataPagefindFilter' | 'dataPagefindMeta'): Array<[string, string]> {
  return selectAll(`[${attribute === 'dataPagefindFilter' ? 'data-pagefind-filter' : 'data-pagefind-meta'}]`, tree)
    .map((el) => String(el.properties[attribute]))
    .filter((value) => value.includes(':'))
    .map((value) => [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)]);
}

/** The main content of a page, parsed alone (a page's navigation is often larger than its text). */
function bodyOf(html: string): Element | undefined {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body/u);
  if (start < 0) return undefined;
  const tag = /^<([a-z]+)/u.exec(html.slice(start))![1]!;
  const end = html.indexOf(`</${tag}>`, start);
  return select('[data-pagefind-body]', fromHtml(html.slice(start, end + tag.length + 3), { fragment: true }));
}

/**
 * Records of one page. `url` is the page's address as Pagefind gives it out;
 * `order` sorts the page among all (glossary entries first, then speeches).
 */
export function pageRecords(html: string, url: string, order: number): SearchRecord[] {
  const body = bodyOf(html);
  if (!body) return [];
  const meta: Record<string, string> = Object.fromEntries(attributePairs(body, 'dataPagefindMeta'));
  const h1 = select('h1', body);
  const title = meta.title ?? (h1 ? norm(toString(h1)) : url);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of attributePairs(body, 'dataPagefindFilter')) (filters[key] ??= []).push(value);
  return partsOf(body).map((blocks, i) => ({
    url: blocks[0]?.tag === 'h2' && blocks[0].id ? `${url}#${blocks[0].id}` : url,
    blocks,
    meta: { ...meta, title },
    filters,
    sort: { order: String(order * 10_000 + i).padStart(12, '0') },
  }));
}

/**
 * A record as the HTML document Pagefind indexes: each block's tokens as its
 * own element (headings keep their id, and their text as data-pagefind-title
 * for sub-results), a break after each block so no phrase spans two, and
 * metadata, filters and sort key on elements that are not indexed. (Given
 * as a custom record instead, Pagefind would also index the words of its
 * URL, so that x would find /glossary/xunshi-xuncha/.)
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
        h(
          'main',
          { dataPagefindBody: '' },
          record.blocks.map((block) =>
            h(block.tag, block.id ? { id: block.id, dataPagefindTitle: block.text } : {}, `${indexText(block.text)} ${BLOCK_BREAK}`),
          ),
        ),
      ]),
    ]),
  );
}
