/** How the search page words and links what it found: pure functions, shared by its renderers and tests. */

/** Filters offered to the reader, in this order. */
export const FILTERS = ['类型', '术语分类', '年份', '层级'] as const;

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

/** The link to a result: the page at the section of its hit, telling the page what to highlight. */
export function resultHref(url: string, query: string): string {
  const [page, anchor] = url.split('#');
  return `${page}?hl=${encodeURIComponent(query)}${anchor ? `#${anchor}` : ''}`;
}
