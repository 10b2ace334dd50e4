/**
 * What a search is, as the address holds it, so that a search can be shared
 * and the back button restores it: ?q=八项规定&排序=时间&类型=讲话&年份=2020.
 * Relevance is the default order and is not written.
 */

export type SortMode = 'relevance' | 'date';

export interface SearchState {
  q: string;
  sort: SortMode;
  /** Filter name → the values ticked. */
  filters: Record<string, string[]>;
}

/** The address parameter of the order, and its value for newest first. */
export const SORT_PARAM = '排序';
export const BY_DATE = '时间';

/** The state of the address's query string, with the filters named in `filterKeys`. */
export function readState(search: string, filterKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), sort: params.get(SORT_PARAM) === BY_DATE ? 'date' : 'relevance', filters };
}

/** The query string of a state ('' for an empty search): the query, the order if not relevance, the filters. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort === 'date') params.set(SORT_PARAM, BY_DATE);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  return params.size ? `?${params}` : '';
}
