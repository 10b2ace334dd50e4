/**
 * What the search index holds of a built page, and what a result shows of it.
 *
 * Pagefind indexes one record per page: its main text ([data-pagefind-body]),
 * one word per character (tokens.ts). (A record per part of a speech made
 * Pagefind hold 2.5 GB at 1000 speeches; a record per page, 1.5 GB.) A result
 * is shown from files of our own instead of Pagefind's fragment, which holds
 * the whole page: a small file per page naming its parts and headings by the
 * word position where they start, and one per part with its text. The page
 * fetches the page file and the one part where the hit is, makes the excerpt
 * and links to the heading above the hit.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { BLOCK_BREAK, END_WORD, indexText, TITLE_WORDS, tokenSpans } from './tokens.ts';

export interface SearchBlock {
  /** p, or h2…h6 for a section heading (the title, an h1, is a paragraph: see `title`). */
  tag: string;
  id?: string;
  text: string;
  /** Part of the page's title: its h1, or a speech's subtitle (——在……会议上的讲话) after it. */
  title?: true;
}

export interface SearchPage {
  /** The page's address as Pagefind gives it out. */
  url: string;
  blocks: SearchBlock[];
  /** What a result says of the page above its title (讲话 · 省级 · 2020年11月12日), from its data-result-facts. */
  facts?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The date sort key of a page without a date: before every date. */
export const UNDATED = '0000-00-00';

/** Elements whose text is one block; their inline children run together. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'td', 'th', 'pre']);
/** Elements Pagefind leaves out of a page, and so do we. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'form', 'footer', 'iframe']);

/** White space as one space; zero-width characters, which Pagefind gives no word position, removed. */
const norm = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, ' ').trim();

/** The blocks of the body, in reading order. */
function blocksOf(body: Element): SearchBlock[] {
  const blocks: SearchBlock[] = [];
  const walk = (node: ElementContent): void => {
    if (node.type !== 'element') return;
    if (SKIPPED.has(node.tagName) || node.properties.dataPagefindIgnore !== undefined) return;
    if (BLOCKS.has(node.tagName) && !node.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName))) {
      const text = norm(toString(node));
      if (!text) return;
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      // A section heading keeps its tag and id (a result links to it). The h1 is the page's title, not a
      // section, and is indexed as a paragraph: Pagefind weights a heading's words (h1 most) and gives as
      // the hit of a quoted phrase its first occurrence among unweighted words, which ranking reads as
      // the title's when it is before TITLE_WORDS.
      const heading = /^h[2-6]$/u.test(node.tagName);
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      const title = node.tagName === 'h1' || classes.includes('subtitle');
      blocks.push({ tag: heading ? node.tagName : 'p', ...(heading && id ? { id } : {}), text, ...(title ? { title: true as const } : {}) });
      return;
    }
    node.children.forEach(walk);
  };
  body.children.forEach(walk);
  return blocks;
}

const ATTRIBUTES = { dataPagefindFilter: 'data-pagefind-filter', dataPagefindMeta: 'data-pagefind-meta', dataPagefindSort: 'data-pagefind-sort' } as const;

function attributePairs(tree: Root | Element, attribute: keyof typeof ATTRIBUTES): Array<[string, string]> {
  return selectAll(`[${ATTRIBUTES[attribute]}]`, tree)
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
 * The search record of one page, or nothing for a page without main text.
 * `url` is the page's address as Pagefind gives it out; `order` sorts the
 * page among all (glossary entries first, then speeches).
 */
export function searchPage(html: string, url: string, order: number): SearchPage | undefined {
  const body = bodyOf(html);
  if (!body) return undefined;
  const meta: Record<string, string> = Object.fromEntries(attributePairs(body, 'dataPagefindMeta'));
  const h1 = select('h1', body);
  const title = meta.title ?? (h1 ? norm(toString(h1)) : url);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of attributePairs(body, 'dataPagefindFilter')) (filters[key] ??= []).push(value);
  const blocks = blocksOf(body);
  if (blocks.length === 0) return undefined;
  // Only the blocks the page opens with are its title (an h1 further down is not).
  const lead = blocks.findIndex((b) => !b.title);
  for (const block of blocks.slice(lead < 0 ? blocks.length : lead)) delete block.title;
  // Pagefind leaves a page out of a sorted search when it lacks the key: a page without a date sorts as the oldest.
  const sorts = Object.fromEntries(attributePairs(body, 'dataPagefindSort'));
  const facts = select('[data-result-facts]', body)?.properties.dataResultFacts;
  return { url, blocks, ...(typeof facts === 'string' && facts ? { facts } : {}), meta: { ...meta, title }, filters, sort: { order: String(order).padStart(6, '0'), date: sorts.date || UNDATED } };
}

/** What a result shows of a page: its address, title, kind, and where its parts and headings start. */
export interface ResultPage {
  url: string;
  title: string;
  kind: string;
  /** Kind, level and date as the page's title block gives them (讲话 · 省级 · 2020年11月12日). */
  facts?: string;
  /** The word position where each part starts; part k is in the file <id>-<k>. */
  parts: number[];
  /** Headings with an id: word position, id, text. */
  headings: Array<[number, string, string]>;
}

/** The text of one part of a page: the word position of its first block, and its blocks. */
export interface ResultPart {
  at: number;
  blocks: string[];
  /** Its last block goes on in the next part (a paragraph longer than a part): no break after it. */
  continues?: true;
}

/** A part is cut at each h2, and before it would hold more than this many characters, so a result never fetches much text. */
export const PART_CHARS = 1200;

/** A block cut at token starts into pieces of at most `max` characters (a piece is never cut inside a word). */
function pieces(text: string, max: number): Array<{ text: string; tokens: number }> {
  const spans = tokenSpans(text);
  const out: Array<{ text: string; tokens: number }> = [];
  let fromChar = 0;
  let fromToken = 0;
  for (let k = 0; k < spans.length; k++) {
    const start = spans[k]![0];
    if (start - fromChar >= max && k > fromToken) {
      out.push({ text: text.slice(fromChar, start), tokens: k - fromToken });
      fromChar = start;
      fromToken = k;
    }
  }
  out.push({ text: text.slice(fromChar), tokens: spans.length - fromToken });
  return out;
}

/**
 * How the title is set apart in a record: the number of title blocks it opens
 * with, and the breaks after them that start the rest at TITLE_WORDS.
 */
function titleZone(blocks: readonly SearchBlock[]): { lead: number; pad: number } {
  let lead = 0;
  let words = 0;
  while (lead < blocks.length && blocks[lead]!.title) words += tokenSpans(blocks[lead++]!.text).length + 1;
  return { lead, pad: Math.max(0, TITLE_WORDS - words) };
}

/**
 * The result files of a page. Word positions count as Pagefind counts the
 * words of recordHtml: every token, and a break after each block. A block
 * longer than a part is cut into pieces, each in a part of its own.
 */
export function resultFiles(page: SearchPage, url: string): { page: ResultPage; parts: ResultPart[] } {
  const result: ResultPage = { url, title: page.meta.title ?? url, kind: page.meta.kind ?? '', ...(page.facts ? { facts: page.facts } : {}), parts: [], headings: [] };
  const parts: ResultPart[] = [];
  const zone = titleZone(page.blocks);
  let at = 0;
  let chars = 0;
  for (const [b, block] of page.blocks.entries()) {
    const cut = pieces(block.text, PART_CHARS);
    // The text after the title starts a part of its own at TITLE_WORDS (the words between index nothing).
    const afterTitle = b === zone.lead && b > 0;
    if (afterTitle) at += zone.pad;
    cut.forEach((piece, p) => {
      const part = parts.at(-1);
      const full = part && part.blocks.length > 0 && chars + piece.text.length > PART_CHARS;
      if (!part || full || (p === 0 && (afterTitle || block.tag === 'h2') && part.blocks.length > 0)) {
        if (part && p > 0) part.continues = true;
        parts.push({ at, blocks: [] });
        result.parts.push(at);
        chars = 0;
      }
      parts.at(-1)!.blocks.push(piece.text);
      chars += piece.text.length;
      if (p === 0 && block.id) result.headings.push([at, block.id, block.text]);
      at += piece.tokens + (p === cut.length - 1 ? 1 : 0);
    });
  }
  return { page: result, parts };
}

/**
 * A record as the HTML document Pagefind indexes: each block's tokens as its
 * own element, a break after each block so no phrase spans two, the text
 * after the title from TITLE_WORDS on, END_WORD last, and metadata, filters
 * and sort keys on elements that are not indexed. (Given
 * as a custom record instead, Pagefind would also index the words of its
 * URL, so that x would find /glossary/xunshi-xuncha/.)
 */
export function recordHtml(record: SearchPage): string {
  const pairs = (attribute: string, entries: Array<[string, string]>) =>
    entries.map(([key, value]) => h('span', { [attribute]: `${key}:${value.replace(/,/gu, '\\,')}` }));
  const filters = Object.entries(record.filters).flatMap(([key, values]) => values.map((value): [string, string] => [key, value]));
  const zone = titleZone(record.blocks);
  return toHtml(
    h('html', { lang: 'zh-CN' }, [
      h('head', [h('meta', { charset: 'utf-8' }), h('title', record.meta.title ?? '')]),
      h('body', [
        h('div', { dataPagefindIgnore: 'index' }, [
          ...pairs('data-pagefind-meta', Object.entries(record.meta)),
          ...pairs('data-pagefind-filter', filters),
          ...pairs('data-pagefind-sort', Object.entries(record.sort)),
        ]),
        h('main', { dataPagefindBody: '' }, [
          ...record.blocks.flatMap((block, b) => [
            ...(b === zone.lead && b > 0 && zone.pad > 0 ? [h('p', Array.from({ length: zone.pad }, () => BLOCK_BREAK).join(' '))] : []),
            h(block.tag, `${indexText(block.text)} ${BLOCK_BREAK}`),
          ]),
          h('p', END_WORD),
        ]),
      ]),
    ]),
  );
}
