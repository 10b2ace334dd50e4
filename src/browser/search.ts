/**
 * The search page's controller: Pagefind in the browser, fed queries in the
 * site's one-character-per-word form (src/lib/search/tokens.ts), so that a
 * phrase is found exactly where it stands. It keeps the search in the
 * address (src/lib/search/state.ts), runs it (run.ts: ranked by relevance,
 * rank.ts, or newest first), fetches the site's own result files
 * (records.ts) for the results shown and hands them to the renderers
 * (search-render.ts): one result per page, with the section and excerpt of
 * its first hit and its other sections folded under it.
 */
import { BUNDLE_LIST } from '../lib/search/bundles.ts';
import { excerpt, headingAbove, hitSections, partAt } from '../lib/search/excerpt.ts';
import { bareQuery, FILTERS, quotedQuery, termShard } from '../lib/search/present.ts';
import type { ResultPage, ResultPart } from '../lib/search/records.ts';
import { BUNDLE_FILTER, runSearch, type Found, type PagefindSearch } from '../lib/search/run.ts';
import { readState, writeState, type SearchState, type SortMode } from '../lib/search/state.ts';
import { queryParts, queryPhrases } from '../lib/search/tokens.ts';
import { renderFilters, renderPager, renderQuick, renderResult, renderScattered, type ResultView, type TermHit } from './search-render.ts';

interface Pagefind extends PagefindSearch {
  options(options: { noWorker?: boolean; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: { mergeFilter?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;

/** Result files already fetched (or being fetched), by address: a page's files serve every query that finds it. */
const fetched = new Map<string, Promise<unknown>>();

/** A result file: gzipped JSON, unpacked here unless the server already did (Content-Encoding: gzip). */
function resultFile<T>(url: string): Promise<T> {
  let file = fetched.get(url);
  if (!file) {
    file = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      const json = gzipped ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
      return JSON.parse(json) as unknown;
    })();
    file.catch(() => fetched.delete(url));
    fetched.set(url, file);
  }
  return file as Promise<T>;
}

export function startSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const sortBox = root.querySelector<HTMLElement>('[data-search-sort]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLElement>('[data-search-more]')!;
  const quick = root.querySelector<HTMLElement>('[data-search-quick]')!;
  const filterBox = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters-panel]')!;
  const filterOrder = JSON.parse(root.dataset.filterOrder ?? '{}') as Record<string, string[]>;
  const shards = new Set((root.dataset.termShards ?? '').split(' '));

  if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function' || !('noModule' in doc.createElement('script'))) {
    root.querySelector<HTMLElement>('[data-search-unsupported]')!.hidden = false;
    form.hidden = true;
    return;
  }

  let pagefind: Promise<Pagefind> | undefined;
  /** How many bundles Pagefind searches as one. */
  let merged = 1;
  // A large library's index is in several bundles (bundles.ts), listed in BUNDLE_LIST and merged in its order.
  const bundles = () =>
    fetch(`${base}${BUNDLE_LIST}`)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
  const load = () =>
    (pagefind ??= Promise.all([import(/* @vite-ignore */ `${base}pagefind/pagefind.js`), bundles()]).then(async ([module, more]: [Pagefind, string[]]) => {
      // Search runs in the page, not in Pagefind's Web Worker: the worker's script alone would be
      // a third of what starting search downloads, for searches that take milliseconds.
      await module.options({ noWorker: true });
      await module.init();
      // Each bundle carries its number as a filter, for sorting newest first across them (run.ts).
      if (more.length > 0) await module.options({ mergeFilter: { [BUNDLE_FILTER]: '0' } });
      for (const [k, path] of more.entries()) await module.mergeIndex(`${base}${path}`, { mergeFilter: { [BUNDLE_FILTER]: String(k + 1) } });
      merged = more.length + 1;
      return module;
    }));

  // The state is the form's: the query, the order and the ticked filters.
  const state = (): SearchState => {
    const filters: Record<string, string[]> = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (filters[box.name] ??= []).push(box.value);
    const sort = (sortBox.querySelector<HTMLInputElement>('input:checked')?.value ?? 'relevance') as SortMode;
    return { q: input.value.trim(), sort, filters };
  };
  const writeUrl = (push: boolean) => {
    const next = `${location.pathname}${writeState(state())}`;
    if (next !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', next);
  };
  const readUrl = () => {
    const { q, sort, filters } = readState(location.search, FILTERS);
    input.value = q;
    for (const box of sortBox.querySelectorAll<HTMLInputElement>('input')) box.checked = box.value === sort;
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input')) box.checked = filters[box.name]?.includes(box.value) ?? false;
  };

  // The filters are loaded when the reader opens them (or the address has some), not before a first search.
  let filtersShown: Promise<void> | undefined;
  const showFilters = () =>
    (filtersShown ??= load().then(async (api) => renderFilters(filterBox, FILTERS, await api.filters(), readState(location.search, FILTERS).filters, filterOrder)));

  async function quickTerm(query: string): Promise<TermHit | undefined> {
    const bare = bareQuery(query);
    if (!bare || !shards.has(bare.codePointAt(0)!.toString(16))) return undefined;
    const response = await fetch(`${base}${termShard(bare)}`).catch(() => undefined);
    if (!response?.ok) return undefined;
    return ((await response.json()) as TermHit[]).find((hit) => hit.form === bare);
  }

  /** What a result shows, from its page's result files: the first hit in the text (or in the title when only it has one). */
  async function view(found: Found, phraseLength: number, phrases: readonly string[]): Promise<ResultView> {
    const page = await resultFile<ResultPage>(`${base}search/docs/${found.id}.json.gz`);
    const first = found.starts[0] ?? (found.words.length ? Math.min(...found.words) : 0);
    const words = found.starts.length ? Array.from({ length: phraseLength }, (_, k) => first + k) : found.words;
    const part = await resultFile<ResultPart>(`${base}search/docs/${found.id}-${partAt(page, first)}.json.gz`);
    const heading = headingAbove(page, first);
    return { page, ...(heading ? { heading } : {}), sections: hitSections(page, found.starts), excerpt: excerpt(part, words, phrases) };
  }

  let run = 0;
  /** Appends the results' views to a list, leaving out the entry of the answer card, unless another search has started meanwhile. */
  async function show(results: Found[], phraseLength: number, query: string, into: HTMLElement, phrases: readonly string[], carded?: string): Promise<boolean> {
    const current = run;
    let views: ResultView[];
    try {
      views = await Promise.all(results.map((found) => view(found, phraseLength, phrases)));
    } catch {
      // A result file missing: the site was rebuilt since this page loaded its index.
      if (current === run) status.textContent = '搜索索引已更新，请刷新页面后重新搜索。';
      return false;
    }
    if (current !== run) return false;
    for (const v of views) if (v.page.url !== carded) into.append(renderResult(doc, v, query));
    return true;
  }

  function pager(results: Found[], phraseLength: number, query: string, from: number, phrases: readonly string[], carded?: string): void {
    renderPager(more, results.length - from, async () => {
      await show(results.slice(from, from + PAGE_SIZE), phraseLength, query, list, phrases, carded);
      pager(results, phraseLength, query, from + PAGE_SIZE, phrases, carded);
      list.children[from]?.querySelector('a')?.focus();
    });
  }

  async function search(): Promise<void> {
    const current = ++run;
    const { q: query, sort, filters } = state();
    if (queryParts(query).length === 0) {
      status.textContent = '';
      list.replaceChildren();
      more.replaceChildren();
      quick.replaceChildren();
      return;
    }
    status.textContent = '正在搜索……';
    const [outcome, term] = await Promise.all([load().then((api) => runSearch(api, query, sort, filters, merged)), quickTerm(query)]);
    if (current !== run || !outcome) return;
    renderQuick(quick, term, term ? `${base}glossary/${term.slug}/?hl=${encodeURIComponent(bareQuery(query))}` : '');
    // The entry of the answer card appears once: not again in the list below it.
    const carded = term && `${base}glossary/${term.slug}/`;
    const phrases = queryPhrases(query);
    list.replaceChildren();
    more.replaceChildren();
    if (!(await show(outcome.found.slice(0, PAGE_SIZE), outcome.phraseLength, query, list, phrases, carded))) return;
    // Announced once the first results are on the page.
    const count = outcome.found.length;
    status.textContent = count
      ? `${quotedQuery(query)}：找到 ${count} 条结果${sort === 'date' ? '，按时间从新到旧排列' : ''}。`
      : `没有找到包含${quotedQuery(query)}的内容。请检查有无错别字，或换一个较短的词语。`;
    pager(outcome.found, outcome.phraseLength, query, PAGE_SIZE, phrases, carded);
    if (outcome.scattered.length > 0) {
      renderScattered(more, outcome.scattered.length, quotedQuery(query), async (extra) => {
        await show(outcome.scattered.slice(0, PAGE_SIZE), outcome.phraseLength, query, extra, []);
        extra.querySelector('a')?.focus();
      });
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The reader has typed since the page opened: what they typed wins over the address. */
  let typed = false;
  input.addEventListener('input', () => {
    typed = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      writeUrl(false);
      void search();
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    writeUrl(true);
    void search();
  });
  for (const box of [filterBox, sortBox]) {
    box.addEventListener('change', () => {
      writeUrl(true);
      void search();
    });
  }
  addEventListener('popstate', () => {
    readUrl();
    void search();
  });

  filterPanel.hidden = false;
  sortBox.hidden = false;
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) void showFilters();
  });
  readUrl();
  if (!input.value) input.focus();
  const filtered = Object.keys(readState(location.search, FILTERS).filters).length > 0;
  if (filtered) filterPanel.open = true;
  void (filtered ? showFilters() : load()).then(() => {
    if (!typed) readUrl();
    if (input.value) void search();
  });
}
