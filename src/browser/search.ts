/**
 * The search page: Pagefind in the browser, fed queries in the site's
 * one-character-per-word form (src/lib/search/tokens.ts), so that a phrase is
 * found exactly where it stands. A result is a page, glossary entries first,
 * shown from the site's own result files (src/lib/search/records.ts): the
 * section of its first hit and an excerpt around it. The query and filters
 * live in the address, so a search can be shared and the back button
 * restores it.
 */
import { excerpt, headingAbove, hitSections, partAt, phraseStarts, type Segment } from '../lib/search/excerpt.ts';
import type { ResultPage, ResultPart } from '../lib/search/records.ts';
import { looseQuery, pagefindQueries, queryParts, queryPhrases } from '../lib/search/tokens.ts';

interface PagefindResult {
  id: string;
  /** Word positions of the hit in the page's record. */
  words: number[];
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface TermHit {
  form: string;
  slug: string;
  term: string;
  summary: string;
}

/** Filters offered to the reader, in this order. */
export const FILTERS = ['类型', '术语分类', '年份', '层级'] as const;
const PAGE_SIZE = 10;

/** What the reader typed, without the quotes and marks around a term. */
export function bareQuery(query: string): string {
  return query.trim().replace(/^[“"《「]+|[”"》」]+$/gu, '').trim();
}

/** The query as the status line quotes it: in “” once, whether or not the reader typed them. */
export function quotedQuery(query: string): string {
  const q = query.trim();
  return /^[“"「][^“”"「」]*[”"」]$/u.test(q) ? `“${q.slice(1, -1).trim()}”` : `“${q}”`;
}

/**
 * A filter's values in the order a reader expects: years newest first; levels and
 * categories in their own order (中央 省 市 县 区 …, not pinyin); the rest as Chinese sorts.
 */
export function filterValues(key: string, values: readonly string[], order: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const known = order[key];
  const rank = (v: string) => {
    const i = known?.indexOf(v) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...values].sort((a, b) => (key === '年份' ? b.localeCompare(a) : rank(a) - rank(b) || a.localeCompare(b, 'zh-CN')));
}

/** The file of glossary forms that start with the character `ch`. */
export function termShard(ch: string): string {
  return `search/terms/${ch.codePointAt(0)!.toString(16)}.json`;
}

/** An excerpt as DOM nodes: text, and <mark> around the hit. */
function excerptNodes(doc: Document, segments: Segment[]): Node[] {
  return segments.map(({ text, hit }) => {
    if (!hit) return doc.createTextNode(text);
    const mark = doc.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

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

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; href?: string; type?: string; disabled?: boolean } = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const el = Object.assign(doc.createElement(tag), props);
  el.append(...children);
  return el;
}

/** The link to a result: the page at the section of its hit, telling the page what to highlight. */
export function resultHref(url: string, query: string): string {
  const [page, anchor] = url.split('#');
  return `${page}?hl=${encodeURIComponent(query)}${anchor ? `#${anchor}` : ''}`;
}

export function startSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLElement>('[data-search-more]')!;
  const quick = root.querySelector<HTMLElement>('[data-search-quick]')!;
  const filterBox = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters-panel]')!;

  if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function' || !('noModule' in doc.createElement('script'))) {
    root.querySelector<HTMLElement>('[data-search-unsupported]')!.hidden = false;
    form.hidden = true;
    return;
  }

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.init();
      return module;
    }));

  const selected = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (out[box.name] ??= []).push(box.value);
    return out;
  };

  const writeUrl = (push: boolean) => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [key, values] of Object.entries(selected())) for (const value of values) params.append(key, value);
    const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', next);
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input')) box.checked = params.getAll(box.name).includes(box.value);
  };

  // The filters are loaded when the reader opens them (or the address has some), not before a first search.
  let filtersShown: Promise<void> | undefined;
  const showFilters = () => (filtersShown ??= loadFilters());
  async function loadFilters(): Promise<void> {
    const all = await (await load()).filters();
    const params = new URLSearchParams(location.search);
    for (const key of FILTERS) {
      const values = filterValues(key, Object.keys(all[key] ?? {}), filterOrder);
      if (values.length === 0) continue;
      const group = element(doc, 'div', { className: 'search-filters__group' }, [element(doc, 'span', { className: 'search-filters__name' }, [key])]);
      for (const value of values) {
        const box = doc.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = params.getAll(key).includes(value);
        group.append(element(doc, 'label', {}, [box, value]));
      }
      filterBox.append(group);
    }
  }

  const filterOrder = JSON.parse(root.dataset.filterOrder ?? '{}') as Record<string, string[]>;
  const shards = new Set((root.dataset.termShards ?? '').split(' '));
  async function quickTerm(query: string): Promise<TermHit | undefined> {
    const bare = bareQuery(query);
    if (!bare || !shards.has(bare.codePointAt(0)!.toString(16))) return undefined;
    const response = await fetch(`${base}${termShard(bare)}`).catch(() => undefined);
    if (!response?.ok) return undefined;
    const hits = (await response.json()) as TermHit[];
    return hits.find((hit) => hit.form === bare);
  }

  function renderQuick(hit: TermHit | undefined, query: string): void {
    quick.replaceChildren();
    if (!hit) return;
    const link = element(doc, 'a', { href: `${base}glossary/${hit.slug}/?hl=${encodeURIComponent(bareQuery(query))}`, className: 'quick-term__link' }, [hit.term]);
    quick.append(
      element(doc, 'aside', { className: 'quick-term' }, [
        element(doc, 'p', { className: 'quick-term__label' }, ['术语']),
        element(doc, 'p', { className: 'quick-term__title' }, [link, hit.form !== hit.term ? `（${hit.form}）` : '']),
        element(doc, 'p', { className: 'quick-term__summary' }, [hit.summary]),
      ]),
    );
  }

  /** For each page, the first word of every occurrence of the query (set by each search). */
  let allHits = new Map<string, number[]>();
  /** The entry the answer card shows, left out of the list below it so that it appears once. */
  let carded: string | undefined;

  /** The link, titles and excerpt of a result, from its page's result files. */
  async function view(result: PagefindResult, phrases: readonly string[]) {
    const page = await resultFile<ResultPage>(`${base}search/docs/${result.id}.json.gz`);
    const first = result.words.length ? Math.min(...result.words) : 0;
    const k = partAt(page, first);
    const part = await resultFile<ResultPart>(`${base}search/docs/${result.id}-${k}.json.gz`);
    const heading = headingAbove(page, first);
    return { page, heading, sections: hitSections(page, allHits.get(result.id) ?? [first]), excerpt: excerpt(part, result.words, phrases) };
  }

  /**
   * Appends results to a list, unless another search has started meanwhile.
   * `phrases` are marked where they stand (exact results); scattered ones mark
   * the characters Pagefind found.
   */
  async function renderResults(results: PagefindResult[], query: string, into: HTMLElement, phrases: readonly string[]): Promise<void> {
    const current = run;
    let views;
    try {
      views = await Promise.all(results.map((result) => view(result, phrases)));
    } catch (error) {
      // A result file missing: the site was rebuilt since this page loaded its index.
      if (current === run) status.textContent = '搜索索引已更新，请刷新页面后重新搜索。';
      throw error;
    }
    if (current !== run) return;
    for (const { page, heading, sections, excerpt: segments } of views) {
      if (carded && page.url === carded) continue;
      const at = (h: [number, string, string] | undefined) => resultHref(h ? `${page.url}#${h[1]}` : page.url, query);
      const hits = sections.reduce((n, s) => n + s.hits, 0);
      // One result per page: its title links to the first hit; the other sections with hits fold under it.
      const others = sections.filter((s) => s.heading?.[1] !== heading?.[1]);
      const item = element(doc, 'li', { className: 'search-result' }, [
        element(doc, 'p', { className: 'search-result__kind' }, [page.kind || '讲话']),
        element(doc, 'a', { className: 'search-result__title', href: at(heading) }, [page.title]),
        hits > 1 ? element(doc, 'span', { className: 'search-result__hits' }, [`${hits} 处`]) : '',
        heading && heading[2] !== page.title ? element(doc, 'p', { className: 'search-result__section' }, [heading[2]]) : '',
        element(doc, 'p', { className: 'search-result__excerpt' }, excerptNodes(doc, segments)),
      ]);
      if (others.length > 0) {
        const fold = element(doc, 'details', { className: 'search-result__more' }, [element(doc, 'summary', {}, [`本篇还有 ${others.length} 处`])]);
        fold.append(
          element(
            doc,
            'ul',
            {},
            others.map((s) => element(doc, 'li', {}, [element(doc, 'a', { href: at(s.heading) }, [s.heading?.[2] ?? '正文开头']), s.hits > 1 ? `（${s.hits} 处）` : ''])),
          ),
        );
        item.append(fold);
      }
      into.append(item);
    }
  }

  function pager(results: PagefindResult[], query: string, into: HTMLOListElement, from: number, phrases: readonly string[]): void {
    more.replaceChildren();
    if (from >= results.length) return;
    const button = element(doc, 'button', { type: 'button', className: 'search-more__button' }, [`显示更多结果（还有 ${results.length - from} 条）`]);
    button.addEventListener('click', async () => {
      button.disabled = true;
      await renderResults(results.slice(from, from + PAGE_SIZE), query, into, phrases);
      pager(results, query, into, from + PAGE_SIZE, phrases);
      into.children[from]?.querySelector('a')?.focus();
    });
    more.append(button);
  }

  let run = 0;
  async function search(): Promise<void> {
    const current = ++run;
    const query = input.value.trim();
    const queries = pagefindQueries(query);
    if (queries.length === 0) {
      status.textContent = '';
      list.replaceChildren();
      more.replaceChildren();
      quick.replaceChildren();
      return;
    }
    status.textContent = '正在搜索……';
    const api = await load();
    const options = { filters: selected(), sort: { order: 'asc' } };
    // Every character anywhere: the pages whose characters are scattered, and where each page's occurrences are
    // (an exact search gives only the first). It reads the index chunks the exact search reads; for one
    // character it is the exact search itself.
    const anywhere = looseQuery(query);
    const single = queries.length === 1 && queries[0] === anywhere;
    const [parts, spread, term] = await Promise.all([
      Promise.all(queries.map((q) => api.search(q, options))),
      single ? Promise.resolve(null) : api.search(anywhere, options),
      quickTerm(query),
    ]);
    const loose = single ? parts[0] : spread;
    // Every part must be found in a page: keep the first part's results that all the others have too,
    // with the hit words of every part.
    const others = parts.slice(1).map((p) => new Map((p?.results ?? []).map((r) => [r.id, r.words])));
    // A page found only by its metadata (no word of its text) is not a hit.
    const exact = parts[0] && {
      ...parts[0],
      results: parts[0].results
        .filter((r) => r.words.length > 0 && others.every((ids) => ids.has(r.id)))
        .map((r) => ({ ...r, words: [...r.words, ...others.flatMap((ids) => ids.get(r.id)!)] })),
    };
    if (current !== run || !exact) return;
    renderQuick(term, query);
    carded = term && `${base}glossary/${term.slug}/`;
    const exactIds = new Set(exact.results.map((r) => r.id));
    const shortest = Math.min(...queryParts(query).map((p) => p.length));
    allHits = new Map((loose?.results ?? []).filter((r) => exactIds.has(r.id)).map((r) => [r.id, phraseStarts(r.words, shortest)]));
    const scattered = (loose?.results ?? []).filter((r) => r.words.length > 0 && !exactIds.has(r.id));
    const phrases = queryPhrases(query);
    list.replaceChildren();
    try {
      await renderResults(exact.results.slice(0, PAGE_SIZE), query, list, phrases);
    } catch {
      return;
    }
    if (current !== run) return;
    // Announced once the first results are on the page.
    status.textContent = exact.results.length
      ? `${quotedQuery(query)}：找到 ${exact.results.length} 条结果。`
      : `没有找到包含${quotedQuery(query)}的内容。请检查有无错别字，或换一个较短的词语。`;

    pager(exact.results, query, list, PAGE_SIZE, phrases);
    if (scattered.length > 0) {
      const note = element(doc, 'p', { className: 'search-scattered' }, [
        `另有 ${scattered.length} 条结果含有${quotedQuery(query)}中的每个字，但这些字不相连。`,
      ]);
      const show = element(doc, 'button', { type: 'button' }, ['显示这些结果']);
      show.addEventListener('click', async () => {
        show.remove();
        const extra = element(doc, 'ol', { className: 'search-results search-results--scattered' });
        note.after(extra);
        await renderResults(scattered.slice(0, PAGE_SIZE), query, extra, []);
        extra.querySelector('a')?.focus();
      });
      note.append(' ', show);
      more.append(note);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
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
  filterBox.addEventListener('change', () => {
    writeUrl(true);
    void search();
  });
  addEventListener('popstate', () => {
    readUrl();
    void search();
  });

  filterPanel.hidden = false;
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) void showFilters();
  });
  readUrl();
  if (!input.value) input.focus();
  const filtered = FILTERS.some((key) => new URLSearchParams(location.search).has(key));
  if (filtered) filterPanel.open = true;
  void (filtered ? showFilters() : load()).then(() => {
    readUrl();
    if (input.value) void search();
  });
}
